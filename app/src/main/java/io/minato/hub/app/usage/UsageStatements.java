package io.minato.hub.app.usage;

import io.minato.hub.app.company.CompanyRow;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.usage.CompanyProfile;
import io.minato.hub.mappings.usage.CredentialPeriod;
import io.minato.hub.mappings.usage.FeeCalculator;
import io.minato.hub.mappings.usage.FeeRules;
import io.minato.hub.mappings.usage.FiscalYearStatement;
import io.minato.hub.mappings.usage.MonthlyUsage;
import io.minato.hub.mappings.usage.UsageChannel;
import io.minato.hub.mappings.usage.UsageEvent;
import io.minato.hub.mappings.usage.UsageOperation;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A company's month and fiscal year under the fee rules, computed from its stored usage by
 * {@link FeeCalculator}: the same rows the company can download, so the figures can be redone.
 */
@Component
@EnableConfigurationProperties(UsageSettings.class)
public class UsageStatements {

    private final UsageMapper usage;
    private final UsageSettings settings;
    private final FeeRules rules = FeeRules.APRIL_2026;
    private final FeeCalculator calculator = new FeeCalculator(rules);

    private final FeeReductions reductions;

    UsageStatements(UsageMapper usage, UsageSettings settings, FeeReductions reductions) {
        this.usage = usage;
        this.settings = settings;
        this.reductions = reductions;
    }

    /** A month with the deal numbers of the deals it names. */
    public record Month(MonthlyUsage usage, Map<Long, String> dealNumbers) {
    }

    /** A fiscal year with the deal numbers of the deals its months name. */
    public record Year(FiscalYearStatement statement, Map<Long, String> dealNumbers) {
    }

    public Month month(CompanyRow company, YearMonth month) {
        History history = history(company, month, month.plusMonths(1));
        return new Month(calculator.month(history.profile(), history.events(), month,
                reductions.covering(company, month, month)), history.dealNumbers());
    }

    public Year fiscalYear(CompanyRow company, int fiscalYear) {
        History history = history(company, YearMonth.of(fiscalYear, 4), YearMonth.of(fiscalYear + 1, 4));
        return new Year(calculator.fiscalYear(history.profile(), history.events(), fiscalYear,
                reductions.covering(company, YearMonth.of(fiscalYear, 4), YearMonth.of(fiscalYear + 1, 3))),
                history.dealNumbers());
    }

    public FeeRules rules() {
        return rules;
    }

    private record History(CompanyProfile profile, List<UsageEvent> events, Map<Long, String> dealNumbers) {
    }

    /**
     * Everything the rules look at for the months [first, until): their usage whole, and of the months from the
     * rules' start before them only what decides the allowance (the earliest operation of each kind per deal and
     * month), not every operation a company ever did.
     */
    private History history(CompanyRow company, YearMonth first, YearMonth until) {
        YearMonth rulesStart = YearMonth.from(rules.rulesStart());
        List<UsageMapper.UsageRow> earlier = first.isAfter(rulesStart)
                ? usage.findKindsByParty(company.id(), start(rulesStart), start(first), rules.zone().getId())
                : List.of();
        List<UsageMapper.UsageRow> shown = usage.findByParty(company.id(), start(first), start(until));
        Map<Long, String> dealNumbers = new HashMap<>();
        List<UsageEvent> events = new ArrayList<>(earlier.size() + shown.size());
        earlier.forEach(row -> events.add(event(row)));
        shown.forEach(row -> {
            dealNumbers.put(row.dealId(), row.dealNo());
            events.add(event(row));
        });
        return new History(profile(company), events, dealNumbers);
    }

    private OffsetDateTime start(YearMonth month) {
        return month.atDay(1).atStartOfDay(rules.zone()).toOffsetDateTime();
    }

    private CompanyProfile profile(CompanyRow company) {
        Optional<UsageChannel> linkedSystem = settings.linkedSystemOperators().entrySet().stream()
                .filter(entry -> entry.getValue().contains(company.code()))
                .map(Map.Entry::getKey)
                .findFirst();
        List<CredentialPeriod> credentials = usage.productionCredentials(company.id()).stream()
                .map(row -> new CredentialPeriod(row.issuedAt().toInstant(),
                        row.revokedAt() == null ? null : row.revokedAt().toInstant()))
                .toList();
        Set<BusinessType> types = company.businessTypes().isEmpty() ? EnumSet.noneOf(BusinessType.class)
                : EnumSet.copyOf(company.businessTypes());
        return new CompanyProfile(company.code(), types, linkedSystem, credentials);
    }

    private static UsageEvent event(UsageMapper.UsageRow row) {
        Set<BusinessType> actingAs = row.actingAs().stream().map(BusinessType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(BusinessType.class)));
        return new UsageEvent(row.id(), row.dealId(), row.documentType(), UsageOperation.valueOf(row.operation()),
                UsageChannel.valueOf(row.channel()), row.occurredAt().toInstant(), actingAs, row.terminalInquiry());
    }
}

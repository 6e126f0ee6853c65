package io.minato.hub.mappings.usage;

import io.minato.hub.mappings.party.BusinessType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly fee of a company computed exactly as the fee rules (別紙2 利用料細則 第3条, 第4条) say,
 * from its usage events alone, so that a company can redo the count from its own records.
 *
 * <p>How the rules' text is read, where it leaves room:
 * <ul>
 *   <li>A deal counts in a month when the company did one of the five document operations on it in
 *       that month (Japan time) that no exclusion covers; many operations count once.</li>
 *   <li>"Data provision only" is judged per deal and month: a company acting on the deal as carrier,
 *       coastal carrier, ship agent or terminal operator whose every remaining operation that month
 *       gave data (register, update, submit, delete) through EDIFACT or the API. A fetch, or any
 *       portal use, makes the deal count.</li>
 *   <li>The allowance: the first {@code allowanceDeals} deals to count on or after the rules' start,
 *       in the order of their first counted operation, never count, in that month or any later one.
 *       The free-month rule then looks at the deals that remain.</li>
 *   <li>A system vendor is billed by rule 5 only: every month in which it held production API
 *       credentials at any moment, with no pro-rating, whatever its use.</li>
 *   <li>A reduction (減額, 第6条) comes off the month's fee last, whatever the basis; several covering one
 *       month do not add up, the one taking the most off applies.</li>
 * </ul>
 */
public final class FeeCalculator {

    /** Those whose data provision through EDIFACT/API does not count (外航船社、内航船社、船舶代理店、ターミナルオペレータ). */
    private static final Set<BusinessType> PROVIDERS = EnumSet.of(BusinessType.OCEAN_CARRIER,
            BusinessType.COASTAL_CARRIER, BusinessType.SHIP_AGENT, BusinessType.TERMINAL_OPERATOR);
    private static final Comparator<UsageEvent> CHRONOLOGICAL =
            Comparator.comparing(UsageEvent::at).thenComparingLong(UsageEvent::id);

    private final FeeRules rules;

    public FeeCalculator(FeeRules rules) {
        this.rules = rules;
    }

    /**
     * The company's month.
     *
     * @param events the company's usage events from the rules' start to the end of the month at least
     *               (earlier ones decide the allowance; later ones are ignored)
     */
    public MonthlyUsage month(CompanyProfile company, Collection<UsageEvent> events, YearMonth month) {
        return month(company, events, month, List.of());
    }

    /**
     * The company's month with the reductions (減額) the operator granted: of those covering the month, the one
     * taking the most off applies (they do not add up); a month costing nothing still names the one it had.
     */
    public MonthlyUsage month(CompanyProfile company, Collection<UsageEvent> events, YearMonth month,
                              Collection<FeeReduction> reductions) {
        MonthlyUsage usage = beforeReduction(company, events, month);
        return reductions.stream()
                .filter(reduction -> reduction.appliesTo(company.code(), month))
                .min(Comparator.comparingLong((FeeReduction reduction) -> -reduction.yenOff(usage.feeYen()))
                        .thenComparing(reduction -> reduction.company() == null)
                        .thenComparingLong(FeeReduction::id))
                .map(usage::reducedBy)
                .orElse(usage);
    }

    private MonthlyUsage beforeReduction(CompanyProfile company, Collection<UsageEvent> events, YearMonth month) {
        if (month.isBefore(YearMonth.from(rules.rulesStart()))) {
            List<ExcludedDeal> excluded = byDeal(inMonth(events, month)).entrySet().stream()
                    .map(deal -> new ExcludedDeal(deal.getKey(), Set.of(Exclusion.BEFORE_RULES), deal.getValue().get(0)))
                    .toList();
            return new MonthlyUsage(company.code(), month, MonthlyUsage.Basis.BEFORE_RULES, List.of(), excluded, 0, 0, 0, 0);
        }
        if (company.systemVendor()) {
            return systemVendorMonth(company, month);
        }
        Map<Long, Integer> allowance = allowance(company, events, month);
        int allowanceBefore = allowance.size();
        Map<Long, CountedDeal> counted = new LinkedHashMap<>();
        List<ExcludedDeal> excluded = new ArrayList<>();
        for (Map.Entry<Long, List<UsageEvent>> deal : byDeal(inMonth(events, month)).entrySet()) {
            DealMonth verdict = judge(company, deal.getValue());
            if (verdict.firstCounted() == null) {
                excluded.add(new ExcludedDeal(deal.getKey(), verdict.exclusions(), deal.getValue().get(0)));
            } else {
                counted.put(deal.getKey(), new CountedDeal(deal.getKey(), verdict.firstCounted(), 0));
            }
        }
        List<CountedDeal> ordered = new ArrayList<>(counted.values());
        ordered.sort(Comparator.comparing(CountedDeal::firstOperation, CHRONOLOGICAL));
        int used = allowanceBefore;
        List<CountedDeal> explained = new ArrayList<>();
        for (CountedDeal deal : ordered) {
            Integer position = allowance.get(deal.dealId());
            if (position == null && used < rules.allowanceDeals()) {
                position = ++used;
            }
            explained.add(position == null ? deal : new CountedDeal(deal.dealId(), deal.firstOperation(), position));
        }
        int billable = (int) explained.stream().filter(deal -> !deal.inAllowance()).count();
        boolean free = billable <= rules.freeMonthMaxDeals();
        return new MonthlyUsage(company.code(), month, free ? MonthlyUsage.Basis.FREE_MONTH : MonthlyUsage.Basis.BILLABLE_MONTH,
                explained, excluded, allowanceBefore, used, billable, free ? 0 : rules.monthlyFeeYen());
    }

    /** The fiscal year beginning in April of {@code fiscalYear}, invoiced on 25 May of the next year. */
    public FiscalYearStatement fiscalYear(CompanyProfile company, Collection<UsageEvent> events, int fiscalYear) {
        return fiscalYear(company, events, fiscalYear, List.of());
    }

    /** The fiscal year, each month with the reduction (減額) it had. */
    public FiscalYearStatement fiscalYear(CompanyProfile company, Collection<UsageEvent> events, int fiscalYear,
                                          Collection<FeeReduction> reductions) {
        List<MonthlyUsage> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(month(company, events, YearMonth.of(fiscalYear, 4).plusMonths(i), reductions));
        }
        long total = months.stream().mapToLong(MonthlyUsage::feeYen).sum();
        var invoice = rules.invoiceDay().atYear(fiscalYear + 1);
        return new FiscalYearStatement(company.code(), fiscalYear, months, total, invoice, invoice.plusDays(rules.paymentDays()));
    }

    private MonthlyUsage systemVendorMonth(CompanyProfile company, YearMonth month) {
        Instant from = start(month);
        Instant until = start(month.plusMonths(1));
        boolean held = company.productionCredentials().stream().anyMatch(period -> period.heldDuring(from, until));
        return new MonthlyUsage(company.code(), month,
                held ? MonthlyUsage.Basis.SYSTEM_VENDOR_CREDENTIALS : MonthlyUsage.Basis.SYSTEM_VENDOR_NO_CREDENTIALS,
                List.of(), List.of(), 0, 0, 0, held ? rules.monthlyFeeYen() : 0);
    }

    /**
     * The allowance as it stands at the start of {@code month}: each deal that took a place in it before,
     * with its position (1 …).
     */
    private Map<Long, Integer> allowance(CompanyProfile company, Collection<UsageEvent> events, YearMonth month) {
        List<UsageEvent> firstCounted = new ArrayList<>();
        for (YearMonth earlier = YearMonth.from(rules.rulesStart()); earlier.isBefore(month); earlier = earlier.plusMonths(1)) {
            for (List<UsageEvent> deal : byDeal(inMonth(events, earlier)).values()) {
                UsageEvent first = judge(company, deal).firstCounted();
                if (first != null) {
                    firstCounted.add(first);
                }
            }
        }
        firstCounted.sort(CHRONOLOGICAL);
        Map<Long, Integer> positions = new LinkedHashMap<>();
        for (UsageEvent event : firstCounted) {
            if (positions.size() == rules.allowanceDeals()) {
                break;
            }
            positions.putIfAbsent(event.dealId(), positions.size() + 1);
        }
        return positions;
    }

    /** A deal's operations in a month: the first that counts, or why none does. */
    private DealMonth judge(CompanyProfile company, List<UsageEvent> operations) {
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        List<UsageEvent> remaining = new ArrayList<>();
        for (UsageEvent event : operations) {
            Optional<Exclusion> exclusion = exclusion(company, event);
            exclusion.ifPresentOrElse(exclusions::add, () -> remaining.add(event));
        }
        if (!remaining.isEmpty() && remaining.stream().allMatch(this::providedBySystemLink)) {
            exclusions.add(Exclusion.DATA_PROVISION_ONLY);
            remaining.clear();
        }
        return new DealMonth(remaining.isEmpty() ? null : remaining.get(0), exclusions);
    }

    private Optional<Exclusion> exclusion(CompanyProfile company, UsageEvent event) {
        if (event.at().isBefore(rules.start().toInstant())) {
            return Optional.of(Exclusion.BEFORE_RULES);
        }
        if (!event.operation().documentOperation()) {
            return Optional.of(Exclusion.NOT_A_DOCUMENT_OPERATION);
        }
        if (company.linkedSystem().filter(system -> system == event.channel()).isPresent()) {
            return Optional.of(Exclusion.LINKED_SYSTEM_OPERATOR);
        }
        if (event.terminalInquiry() && !event.actingAs().contains(BusinessType.TERMINAL_OPERATOR)) {
            return Optional.of(Exclusion.TERMINAL_INQUIRY);
        }
        return Optional.empty();
    }

    private boolean providedBySystemLink(UsageEvent event) {
        return event.operation().provision() && event.channel().systemLink()
                && event.actingAs().stream().anyMatch(PROVIDERS::contains);
    }

    private List<UsageEvent> inMonth(Collection<UsageEvent> events, YearMonth month) {
        Instant from = start(month);
        Instant until = start(month.plusMonths(1));
        return events.stream().filter(event -> !event.at().isBefore(from) && event.at().isBefore(until))
                .sorted(CHRONOLOGICAL).toList();
    }

    /** Each deal's operations, chronological, deals in the order of their first operation. */
    private static Map<Long, List<UsageEvent>> byDeal(List<UsageEvent> chronological) {
        Map<Long, List<UsageEvent>> deals = new LinkedHashMap<>();
        for (UsageEvent event : chronological) {
            deals.computeIfAbsent(event.dealId(), id -> new ArrayList<>()).add(event);
        }
        return deals;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(rules.zone()).toInstant();
    }

    private record DealMonth(UsageEvent firstCounted, Set<Exclusion> exclusions) {
    }
}

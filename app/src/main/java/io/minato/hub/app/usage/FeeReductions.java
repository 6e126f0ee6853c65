package io.minato.hub.app.usage;

import io.minato.hub.app.company.CompanyRow;
import io.minato.hub.mappings.usage.FeeReduction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** 減額 as the fee computation sees them: the operator's reductions read back as {@link FeeReduction}s. */
@Component
class FeeReductions {

    private final FeeReductionMapper mapper;

    FeeReductions(FeeReductionMapper mapper) {
        this.mapper = mapper;
    }

    /** The reductions covering any of the company's months [first, last]. */
    List<FeeReduction> covering(CompanyRow company, YearMonth first, YearMonth last) {
        return mapper.covering(company.id(), first.atDay(1), last.atDay(1)).stream().map(FeeReductions::of).toList();
    }

    long record(Long partyId, FeeReduction reduction, String createdBy) {
        return mapper.insert(partyId, reduction.firstMonth().atDay(1), reduction.lastMonth().atDay(1),
                reduction.kind().name(), reduction.percent(), reduction.amountYen(), reduction.reasonJa(),
                reduction.reasonEn(), createdBy);
    }

    Optional<FeeReductionMapper.Row> find(long id) {
        return mapper.find(id);
    }

    List<FeeReductionMapper.Row> list(Long partyId) {
        return mapper.list(partyId);
    }

    boolean delete(long id, String deletedBy) {
        return mapper.delete(id, deletedBy) == 1;
    }

    static FeeReduction of(FeeReductionMapper.Row row) {
        return new FeeReduction(row.id(), row.companyCode(), month(row.firstMonth()), month(row.lastMonth()),
                FeeReduction.Kind.valueOf(row.kind()), row.percent(), row.amountYen(), row.reasonJa(), row.reasonEn());
    }

    private static YearMonth month(LocalDate first) {
        return YearMonth.from(first);
    }
}

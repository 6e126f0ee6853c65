package io.minato.hub.mappings.usage;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One company's month under the fee rules, with everything needed to check it: each deal that counted
 * and the operation that first made it count, each deal left out and the rules why, the position
 * against the allowance before and after the month, and the fee.
 *
 * @param allowanceBefore deals of the allowance used before this month
 * @param allowanceAfter  deals of the allowance used by the end of this month
 * @param billableDeals   counted deals outside the allowance: what the free-month rule looks at
 * @param feeYen          what the month costs, any reduction (減額) taken off
 * @param feeBeforeReductionYen what it would cost without a reduction
 * @param reduction       the reduction the month had, if any (null: none)
 */
public record MonthlyUsage(String company, YearMonth month, Basis basis, List<CountedDeal> counted,
                           List<ExcludedDeal> excluded, int allowanceBefore, int allowanceAfter, int billableDeals,
                           long feeYen, long feeBeforeReductionYen, FeeReduction.Applied reduction) {

    public MonthlyUsage {
        counted = List.copyOf(counted);
        excluded = List.copyOf(excluded);
        if (reduction == null ? feeYen != feeBeforeReductionYen
                : feeYen != feeBeforeReductionYen - reduction.yenOff()) {
            throw new IllegalArgumentException("the fee " + feeYen + " is not " + feeBeforeReductionYen
                    + " less the reduction " + reduction);
        }
    }

    /** A month no reduction applies to. */
    public MonthlyUsage(String company, YearMonth month, Basis basis, List<CountedDeal> counted,
                        List<ExcludedDeal> excluded, int allowanceBefore, int allowanceAfter, int billableDeals,
                        long feeYen) {
        this(company, month, basis, counted, excluded, allowanceBefore, allowanceAfter, billableDeals, feeYen, feeYen,
                null);
    }

    /** The month with a reduction (減額) taken off its fee. */
    public MonthlyUsage reducedBy(FeeReduction applied) {
        FeeReduction.Applied reduced = new FeeReduction.Applied(applied, applied.yenOff(feeBeforeReductionYen));
        return new MonthlyUsage(company, month, basis, counted, excluded, allowanceBefore, allowanceAfter, billableDeals,
                feeBeforeReductionYen - reduced.yenOff(), feeBeforeReductionYen, reduced);
    }

    public Optional<FeeReduction.Applied> appliedReduction() {
        return Optional.ofNullable(reduction);
    }

    /** Why the month costs what it costs. */
    public enum Basis {
        /** Before 2026-04: the rules do not apply. */
        BEFORE_RULES,
        /** 10 or fewer billable deals: 0 JPY (第3条4). */
        FREE_MONTH,
        /** More than 10 billable deals: the monthly fee. */
        BILLABLE_MONTH,
        /** A system vendor holding production API credentials in the month: the monthly fee whatever the use (第3条5). */
        SYSTEM_VENDOR_CREDENTIALS,
        /** A system vendor without production API credentials in the month: nothing. */
        SYSTEM_VENDOR_NO_CREDENTIALS
    }
}

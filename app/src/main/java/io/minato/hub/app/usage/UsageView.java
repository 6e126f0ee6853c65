package io.minato.hub.app.usage;

import io.minato.hub.mappings.usage.CountedDeal;
import io.minato.hub.mappings.usage.ExcludedDeal;
import io.minato.hub.mappings.usage.Exclusion;
import io.minato.hub.mappings.usage.FeeReduction;
import io.minato.hub.mappings.usage.FeeRules;
import io.minato.hub.mappings.usage.MonthlyUsage;
import io.minato.hub.mappings.usage.UsageEvent;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A company's month as the API shows it: the fee and why, each deal that counted with the operation
 * that first made it count, each deal left out and by which rule, and the position against the
 * allowance of the first 100 deals.
 */
public record UsageView(String company, YearMonth month, String basis, String basisJa, String basisEn, long feeYen,
                 long feeBeforeReductionYen, Reduction reduction, int billableDeals, int freeMonthMaxDeals,
                 Allowance allowance, List<Counted> counted, List<Excluded> excluded) {

    /**
     * 減額: the operator's reduction the month had (null: none).
     *
     * @param forAllCompanies whether it was granted to every company (a disaster) rather than this one
     * @param yenOff          what it took off; 0 when the month cost nothing anyway
     */
    public record Reduction(long id, String kind, Integer percent, Long amountYen, boolean forAllCompanies,
                            YearMonth from, YearMonth to, long yenOff, String reasonJa, String reasonEn) {

        static Reduction of(FeeReduction.Applied applied) {
            FeeReduction reduction = applied.reduction();
            return new Reduction(reduction.id(), reduction.kind().name(), reduction.percent(), reduction.amountYen(),
                    reduction.company() == null, reduction.firstMonth(), reduction.lastMonth(), applied.yenOff(),
                    reduction.reasonJa(), reduction.reasonEn());
        }
    }

    public record Allowance(int limit, int usedBefore, int usedAfter) {
    }

    public record Operation(long usageId, String operation, String channel, String documentType, OffsetDateTime at) {

        static Operation of(UsageEvent event, FeeRules rules) {
            return new Operation(event.id(), event.operation().name(), event.channel().name(), event.documentType(),
                    event.at().atZone(rules.zone()).toOffsetDateTime());
        }
    }

    /** @param allowancePosition its place among the first 100 deals (not billed), or null when billable */
    public record Counted(long dealId, String dealNo, boolean billable, Integer allowancePosition, Operation firstOperation) {
    }

    public record Rule(String code, String ja, String en) {

        static Rule of(Exclusion exclusion) {
            return new Rule(exclusion.name(), exclusion.japanese(), exclusion.english());
        }
    }

    public record Excluded(long dealId, String dealNo, List<Rule> rules, Operation firstOperation) {
    }

    public static UsageView of(MonthlyUsage usage, Map<Long, String> dealNumbers, FeeRules rules) {
        List<Counted> counted = usage.counted().stream()
                .map(deal -> counted(deal, dealNumbers, rules))
                .toList();
        List<Excluded> excluded = usage.excluded().stream()
                .map(deal -> excluded(deal, dealNumbers, rules))
                .toList();
        return new UsageView(usage.company(), usage.month(), usage.basis().name(), basisJa(usage, rules),
                basisEn(usage, rules), usage.feeYen(), usage.feeBeforeReductionYen(),
                usage.appliedReduction().map(Reduction::of).orElse(null), usage.billableDeals(), rules.freeMonthMaxDeals(),
                new Allowance(rules.allowanceDeals(), usage.allowanceBefore(), usage.allowanceAfter()), counted, excluded);
    }

    private static Counted counted(CountedDeal deal, Map<Long, String> dealNumbers, FeeRules rules) {
        return new Counted(deal.dealId(), dealNumbers.get(deal.dealId()), !deal.inAllowance(),
                deal.inAllowance() ? deal.allowancePosition() : null, Operation.of(deal.firstOperation(), rules));
    }

    private static Excluded excluded(ExcludedDeal deal, Map<Long, String> dealNumbers, FeeRules rules) {
        List<Rule> why = deal.rules().stream().sorted(Comparator.naturalOrder()).map(Rule::of).toList();
        return new Excluded(deal.dealId(), dealNumbers.get(deal.dealId()), why, Operation.of(deal.firstOperation(), rules));
    }

    /** The basis in Japanese, and the reduction with its reason when the month had one. */
    public static String basisJa(MonthlyUsage usage, FeeRules rules) {
        return usage.appliedReduction().map(applied -> rulesJa(usage, rules) + "。" + reductionJa(usage, applied))
                .orElseGet(() -> rulesJa(usage, rules));
    }

    public static String basisEn(MonthlyUsage usage, FeeRules rules) {
        return usage.appliedReduction().map(applied -> rulesEn(usage, rules) + "; " + reductionEn(usage, applied))
                .orElseGet(() -> rulesEn(usage, rules));
    }

    private static String reductionJa(MonthlyUsage usage, FeeReduction.Applied applied) {
        FeeReduction reduction = applied.reduction();
        String what = "減額（" + reduction.describeJa() + "、理由：" + reduction.reasonJa() + "）";
        return applied.yenOff() == 0 ? what + "の対象月ですが、料金が 0 円のため減額はありません"
                : what + "により " + String.format("%,d", applied.yenOff()) + " 円を減額し、"
                        + String.format("%,d", usage.feeYen()) + " 円";
    }

    private static String reductionEn(MonthlyUsage usage, FeeReduction.Applied applied) {
        FeeReduction reduction = applied.reduction();
        String what = "reduction (" + reduction.describeEn() + ", reason: " + reduction.reasonEn() + ")";
        return applied.yenOff() == 0 ? what + " covers the month, which costs nothing anyway"
                : what + ": " + String.format("%,d", applied.yenOff()) + " JPY off, "
                        + String.format("%,d", usage.feeYen()) + " JPY";
    }

    private static String rulesJa(MonthlyUsage usage, FeeRules rules) {
        return switch (usage.basis()) {
            case BEFORE_RULES -> "料金細則の適用開始（" + rules.rulesStart() + "）前のため課金対象外";
            case FREE_MONTH -> "課金対象の取引が " + usage.billableDeals() + " 件（" + rules.freeMonthMaxDeals()
                    + " 件以内）のため 0 円";
            case BILLABLE_MONTH -> "課金対象の取引が " + usage.billableDeals() + " 件（" + rules.freeMonthMaxDeals()
                    + " 件超）のため月額利用料金 " + rules.monthlyFeeYen() + " 円（税込）";
            case SYSTEM_VENDOR_CREDENTIALS -> "システムベンダー：本番環境のAPI接続情報が払い出されている月のため月額利用料金 "
                    + rules.monthlyFeeYen() + " 円（税込、日割りなし）";
            case SYSTEM_VENDOR_NO_CREDENTIALS -> "システムベンダー：本番環境のAPI接続情報が払い出されていない月のため 0 円";
        };
    }

    private static String rulesEn(MonthlyUsage usage, FeeRules rules) {
        return switch (usage.basis()) {
            case BEFORE_RULES -> "before the fee rules took effect (" + rules.rulesStart() + "): not billed";
            case FREE_MONTH -> usage.billableDeals() + " billable deals (" + rules.freeMonthMaxDeals()
                    + " or fewer): 0 JPY";
            case BILLABLE_MONTH -> usage.billableDeals() + " billable deals (more than " + rules.freeMonthMaxDeals()
                    + "): the monthly fee of " + rules.monthlyFeeYen() + " JPY, tax included";
            case SYSTEM_VENDOR_CREDENTIALS -> "system vendor holding production API credentials in the month: "
                    + rules.monthlyFeeYen() + " JPY, tax included, no pro-rating";
            case SYSTEM_VENDOR_NO_CREDENTIALS -> "system vendor without production API credentials in the month: 0 JPY";
        };
    }
}

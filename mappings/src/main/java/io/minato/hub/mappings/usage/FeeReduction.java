package io.minato.hub.mappings.usage;

import java.time.YearMonth;
import java.util.Objects;

/**
 * 減額: a reduction of the monthly fee the operator grants under particular conditions such as a disaster
 * (別紙2 利用料細則 第6条「災害時等の特定の条件下においては、月額利用料金を減額できるものとする」), for one company
 * or all, over a range of months, with the reason the month's explanation shows.
 *
 * @param id         its number, as the operator records and deletes it
 * @param company    the company's code; null for every company
 * @param firstMonth the first month it applies to
 * @param lastMonth  the last month it applies to (the same as the first for one month)
 * @param percent    for {@link Kind#PERCENT}: 1–100 percent of the month's fee off; null otherwise
 * @param amountYen  for {@link Kind#AMOUNT}: yen off the month's fee, at most the fee; null otherwise
 * @param reasonJa   why, in Japanese (令和X年X月豪雨災害による減額)
 * @param reasonEn   why, in English
 */
public record FeeReduction(long id, String company, YearMonth firstMonth, YearMonth lastMonth, Kind kind,
                           Integer percent, Long amountYen, String reasonJa, String reasonEn) {

    /** How much of the month's fee it takes off. */
    public enum Kind {
        /** A percentage of the fee; the fee left is rounded down to the yen (円未満切り捨て). */
        PERCENT,
        /** A fixed amount of yen, never more than the fee. */
        AMOUNT,
        /** The whole fee (全額免除). */
        EXEMPTION
    }

    public FeeReduction {
        Objects.requireNonNull(firstMonth, "firstMonth");
        Objects.requireNonNull(lastMonth, "lastMonth");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reasonJa, "reasonJa");
        Objects.requireNonNull(reasonEn, "reasonEn");
        if (lastMonth.isBefore(firstMonth)) {
            throw new IllegalArgumentException("a fee reduction ends (" + lastMonth + ") before it begins (" + firstMonth + ")");
        }
        if ((kind == Kind.PERCENT) != (percent != null) || (percent != null && (percent < 1 || percent > 100))) {
            throw new IllegalArgumentException("a PERCENT reduction needs a percent of 1 to 100, and only it: " + percent);
        }
        if ((kind == Kind.AMOUNT) != (amountYen != null) || (amountYen != null && amountYen < 1)) {
            throw new IllegalArgumentException("an AMOUNT reduction needs a positive amount in yen, and only it: " + amountYen);
        }
    }

    /** Whether it covers the company's month. */
    public boolean appliesTo(String companyCode, YearMonth month) {
        return (company == null || company.equals(companyCode)) && !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    /** The yen it takes off a month costing {@code feeYen}: never more than the fee. */
    public long yenOff(long feeYen) {
        return switch (kind) {
            case EXEMPTION -> feeYen;
            case AMOUNT -> Math.min(amountYen, feeYen);
            case PERCENT -> feeYen - Math.floorDiv(feeYen * (100 - percent), 100);
        };
    }

    /** "50 %", "1,000 円", "全額" as the explanation names it, in Japanese. */
    public String describeJa() {
        return switch (kind) {
            case EXEMPTION -> "全額免除";
            case AMOUNT -> String.format("%,d 円減額", amountYen);
            case PERCENT -> percent + " % 減額";
        };
    }

    public String describeEn() {
        return switch (kind) {
            case EXEMPTION -> "full exemption";
            case AMOUNT -> String.format("%,d JPY off", amountYen);
            case PERCENT -> percent + " % off";
        };
    }

    /**
     * A reduction as a month applied it.
     *
     * @param yenOff what it took off the month's fee (0 for a month that cost nothing anyway)
     */
    public record Applied(FeeReduction reduction, long yenOff) {
    }
}

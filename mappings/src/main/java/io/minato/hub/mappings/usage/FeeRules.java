package io.minato.hub.mappings.usage;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The figures of the fee rules (別紙2 利用料細則, from April 2026), kept apart from the computation so a
 * change of the rules is a change of figures.
 *
 * @param monthlyFeeYen     月額利用料金, tax included
 * @param freeMonthMaxDeals a month with this many billable deals or fewer costs nothing
 * @param allowanceDeals    the first deals with activity on or after {@code rulesStart} not counted at all
 * @param rulesStart        the first day the rules count
 * @param zone              where months begin and end (Japan time)
 * @param invoiceDay        the day of the fiscal year's invoice, in the year after the fiscal year began
 * @param paymentDays       days from the invoice to the payment deadline
 */
public record FeeRules(long monthlyFeeYen, int freeMonthMaxDeals, int allowanceDeals, LocalDate rulesStart,
                       ZoneId zone, MonthDay invoiceDay, int paymentDays) {

    /** The rules in force from 1 April 2026. */
    public static final FeeRules APRIL_2026 = new FeeRules(6_600, 10, 100, LocalDate.of(2026, 4, 1),
            ZoneId.of("Asia/Tokyo"), MonthDay.of(5, 25), 20);

    ZonedDateTime start() {
        return rulesStart.atStartOfDay(zone);
    }
}

package io.minato.hub.mappings.usage;

/**
 * A deal that counted in a month, with the operation that first made it count.
 *
 * @param allowancePosition its place (1 …) among the first deals the rules do not count at all, or 0
 *                          when it is billable
 */
public record CountedDeal(long dealId, UsageEvent firstOperation, int allowancePosition) {

    /** Whether the deal is one of the first deals not counted at all (最初の100件). */
    public boolean inAllowance() {
        return allowancePosition > 0;
    }
}

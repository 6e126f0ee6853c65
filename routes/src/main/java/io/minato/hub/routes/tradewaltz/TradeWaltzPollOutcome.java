package io.minato.hub.routes.tradewaltz;

import java.util.List;

/**
 * What one poll of the TradeWaltz feed did.
 *
 * @param ran          false when another hub instance held the poll and this one skipped its turn
 * @param pages        pages fetched
 * @param requests     requests in the archived pages (as the pages count them)
 * @param wireMessages the archived pages, in order
 * @param cursor       where the next poll starts
 * @param error        why the poll stopped early (TradeWaltz unreachable, a page without a cursor); null if it did not
 */
public record TradeWaltzPollOutcome(boolean ran, int pages, int requests, List<Long> wireMessages, String cursor,
                                    String error) {

    public TradeWaltzPollOutcome {
        wireMessages = List.copyOf(wireMessages);
    }

    static TradeWaltzPollOutcome skipped() {
        return new TradeWaltzPollOutcome(false, 0, 0, List.of(), null, null);
    }
}

package io.minato.hub.mappings.tradewaltz;

import java.util.List;

/**
 * A TradeWaltz payload as read: a webhook event (one request at {@code $.request}) or a feed page (requests at
 * {@code $.requests[i]}).
 *
 * @param form     which of the two
 * @param items    each request item: read, or with its problems
 * @param problems what is wrong with the payload as a whole (not JSON, no request); empty when readable
 */
public record TradeWaltzPayload(Form form, List<Item> items, List<String> problems) {

    public enum Form { WEBHOOK_EVENT, FEED_PAGE, UNREADABLE }

    public TradeWaltzPayload {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /**
     * One request item.
     *
     * @param path     where it sits, {@code $.request} or {@code $.requests[3]}
     * @param request  the request, or null when it has problems
     * @param problems every problem, each "JSON path: what is wrong"
     */
    public record Item(String path, TradeWaltzRequest request, List<String> problems) {

        public Item {
            problems = List.copyOf(problems);
        }
    }
}

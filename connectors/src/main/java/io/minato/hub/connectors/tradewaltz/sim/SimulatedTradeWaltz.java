package io.minato.hub.connectors.tradewaltz.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.sim.CursorFeed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the simulated TradeWaltz holds: the feed (every request version in the order it was submitted, each
 * with a strictly increasing stamp, the feed's cursor), the linkages its requests named, and the status
 * updates the platform posted back. Requests are kept as submitted: TradeWaltz passes on what it gets,
 * malformed or not. Thread-safe.
 */
final class SimulatedTradeWaltz {

    private final Clock clock;
    private final CursorFeed feed;
    private final Set<String> linkages = new HashSet<>();
    private final List<ObjectNode> statusUpdates = new ArrayList<>();

    SimulatedTradeWaltz(Clock clock) {
        this.clock = clock;
        this.feed = new CursorFeed(clock);
    }

    /** Takes a request version; one without {@code submittedAt} is stamped now. Answers it as stored. */
    synchronized ObjectNode submit(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        if (!copy.hasNonNull("submittedAt")) {
            copy.put("submittedAt", OffsetDateTime.ofInstant(clock.instant(), SeedRequests.JAPAN).toString());
        }
        feed.add(feed.nextStamp(), copy);
        if (copy.path("linkageId").isTextual()) {
            linkages.add(copy.get("linkageId").asText());
        }
        return copy.deepCopy();
    }

    /** The requests after {@code cursor} (null: from the start), at most {@code limit}. */
    synchronized CursorFeed.Page after(Long cursor, int limit) {
        return feed.after(cursor, limit);
    }

    synchronized boolean knows(String linkageId) {
        return linkages.contains(linkageId);
    }

    synchronized void statusReceived(ObjectNode update) {
        statusUpdates.add(update.deepCopy());
    }

    /** The status updates received, oldest first; of one linkage when it is given. */
    synchronized List<JsonNode> statusUpdates(String linkageId) {
        return statusUpdates.stream()
                .filter(update -> linkageId == null || linkageId.equals(update.path("linkageId").asText()))
                .map(update -> (JsonNode) update.deepCopy())
                .toList();
    }
}

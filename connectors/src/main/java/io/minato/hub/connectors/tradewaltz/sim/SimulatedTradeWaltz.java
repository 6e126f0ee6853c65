package io.minato.hub.connectors.tradewaltz.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
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

    private record Entry(long stamp, ObjectNode request) {
    }

    private final Clock clock;
    private final List<Entry> feed = new ArrayList<>();
    private final Set<String> linkages = new HashSet<>();
    private final List<ObjectNode> statusUpdates = new ArrayList<>();
    private long lastStamp;

    SimulatedTradeWaltz(Clock clock) {
        this.clock = clock;
    }

    /** Takes a request version; one without {@code submittedAt} is stamped now. Answers it as stored. */
    synchronized ObjectNode submit(ObjectNode request) {
        ObjectNode copy = request.deepCopy();
        if (!copy.hasNonNull("submittedAt")) {
            copy.put("submittedAt", OffsetDateTime.ofInstant(clock.instant(), SeedRequests.JAPAN).toString());
        }
        feed.add(new Entry(nextStamp(), copy));
        if (copy.path("linkageId").isTextual()) {
            linkages.add(copy.get("linkageId").asText());
        }
        return copy.deepCopy();
    }

    /** The requests after {@code cursor} (null: from the start), at most {@code limit}. */
    synchronized Page after(Long cursor, int limit) {
        List<JsonNode> requests = new ArrayList<>();
        long next = cursor == null ? 0 : cursor;
        boolean more = false;
        for (Entry entry : feed) {
            if (cursor != null && entry.stamp() <= cursor) {
                continue;
            }
            if (requests.size() == limit) {
                more = true;
                break;
            }
            requests.add(entry.request().deepCopy());
            next = entry.stamp();
        }
        return new Page(Long.toString(next), more, requests);
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

    /** Microseconds since the epoch, strictly increasing, so the cursor survives a simulator restart. */
    private long nextStamp() {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        lastStamp = Math.max(micros, lastStamp + 1);
        return lastStamp;
    }

    /** One page of the feed. */
    record Page(String cursor, boolean hasMore, List<JsonNode> requests) {
    }
}

package io.minato.hub.connectors.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated platform's feed: every item in the order it arrived, each with a strictly increasing stamp that
 * is the feed's cursor (the Colins change feed, the TradeWaltz request feed). Not thread-safe: its owner
 * holds it under its own lock.
 */
public final class CursorFeed {

    /** One page: the cursor to ask with next, whether more follow, the items (copies). */
    public record Page(String cursor, boolean hasMore, List<JsonNode> items) {
    }

    private record Entry(long stamp, ObjectNode item) {
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();
    private long lastStamp;

    public CursorFeed(Clock clock) {
        this.clock = clock;
    }

    /** Microseconds since the epoch, strictly increasing, so a cursor survives a simulator restart. */
    public long nextStamp() {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        lastStamp = Math.max(micros, lastStamp + 1);
        return lastStamp;
    }

    /** @param stamp from {@link #nextStamp()} */
    public void add(long stamp, ObjectNode item) {
        entries.add(new Entry(stamp, item));
    }

    /** The items after {@code cursor} (null: from the start), at most {@code limit}. */
    public Page after(Long cursor, int limit) {
        List<JsonNode> items = new ArrayList<>();
        long next = cursor == null ? 0 : cursor;
        boolean more = false;
        for (Entry entry : entries) {
            if (cursor != null && entry.stamp() <= cursor) {
                continue;
            }
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(entry.item().deepCopy());
            next = entry.stamp();
        }
        return new Page(Long.toString(next), more, items);
    }
}

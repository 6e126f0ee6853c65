package io.minato.hub.connectors.colins.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the simulated Colins holds: a change log (every record version in the order it was reported,
 * each stamped with a strictly increasing change number, the feed's cursor) and the current version of
 * each record (data set, key and terminal). Records are kept as the JSON terminals sent: Colins passes
 * on what it gets, malformed or not. Thread-safe.
 */
final class SimulatedColins {

    static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);

    private record Change(long stamp, ObjectNode record) {
    }

    private final Clock clock;
    private final List<Change> log = new ArrayList<>();
    private final Map<String, ObjectNode> current = new LinkedHashMap<>();
    private long lastStamp;

    SimulatedColins(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes a record version as a terminal reports it; one without {@code updatedAt} is stamped now.
     *
     * @return the record as stored
     */
    synchronized ObjectNode report(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        long stamp = nextStamp();
        if (!copy.hasNonNull("updatedAt")) {
            Instant at = Instant.ofEpochSecond(0, stamp * 1_000).truncatedTo(ChronoUnit.MILLIS);
            copy.put("updatedAt", OffsetDateTime.ofInstant(at, JAPAN).toString());
        }
        log.add(new Change(stamp, copy));
        current.put(identity(copy), copy);
        return copy.deepCopy();
    }

    /** The changes after {@code cursor} (null: from the start), at most {@code limit}. */
    synchronized Page changesAfter(Long cursor, int limit) {
        List<JsonNode> records = new ArrayList<>();
        long next = cursor == null ? 0 : cursor;
        boolean more = false;
        for (Change change : log) {
            if (cursor != null && change.stamp() <= cursor) {
                continue;
            }
            if (records.size() == limit) {
                more = true;
                break;
            }
            records.add(change.record().deepCopy());
            next = change.stamp();
        }
        return new Page(Long.toString(next), more, records);
    }

    /** The current version of every record of the data set that passes the filter. */
    synchronized List<JsonNode> current(String dataSet, Predicate<JsonNode> filter) {
        return current.values().stream()
                .filter(record -> dataSet.equals(record.path("dataSet").asText()))
                .filter(filter)
                .map(record -> (JsonNode) record.deepCopy())
                .toList();
    }

    /** Microseconds since the epoch, strictly increasing, so the cursor survives a simulator restart. */
    private long nextStamp() {
        Instant now = clock.instant();
        long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        lastStamp = Math.max(micros, lastStamp + 1);
        return lastStamp;
    }

    /** A record's identity across versions: data set, what it is about, terminal. */
    static String identity(JsonNode record) {
        String dataSet = record.path("dataSet").asText();
        String about = "VESSEL_MOVEMENT".equals(dataSet)
                ? firstOf(record, "imoNumber", "callSign", "vesselName") + "/" + record.path("voyageNo").asText()
                : record.path("containerNo").asText().replace(" ", "").toUpperCase(Locale.ROOT);
        return dataSet + "|" + about + "|" + record.path("terminalCode").asText();
    }

    private static String firstOf(JsonNode record, String... fields) {
        for (String field : fields) {
            if (record.hasNonNull(field) && !record.get(field).asText().isBlank()) {
                return record.get(field).asText().toUpperCase(Locale.ROOT);
            }
        }
        return "";
    }

    /** One page of the feed. */
    record Page(String cursor, boolean hasMore, List<JsonNode> records) {
    }
}

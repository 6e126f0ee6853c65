package io.minato.hub.connectors.colins.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.sim.CursorFeed;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    private final CursorFeed log;
    private final Map<String, ObjectNode> current = new LinkedHashMap<>();

    SimulatedColins(Clock clock) {
        this.log = new CursorFeed(clock);
    }

    /**
     * Takes a record version as a terminal reports it; one without {@code updatedAt} is stamped now.
     *
     * @return the record as stored
     */
    synchronized ObjectNode report(ObjectNode record) {
        ObjectNode copy = record.deepCopy();
        long stamp = log.nextStamp();
        if (!copy.hasNonNull("updatedAt")) {
            Instant at = Instant.ofEpochSecond(0, stamp * 1_000).truncatedTo(ChronoUnit.MILLIS);
            copy.put("updatedAt", OffsetDateTime.ofInstant(at, JAPAN).toString());
        }
        log.add(stamp, copy);
        current.put(identity(copy), copy);
        return copy.deepCopy();
    }

    /** The changes after {@code cursor} (null: from the start), at most {@code limit}. */
    synchronized CursorFeed.Page changesAfter(Long cursor, int limit) {
        return log.after(cursor, limit);
    }

    /** The current version of every record of the data set that passes the filter. */
    synchronized List<JsonNode> current(String dataSet, Predicate<JsonNode> filter) {
        return current.values().stream()
                .filter(record -> dataSet.equals(record.path("dataSet").asText()))
                .filter(filter)
                .map(record -> (JsonNode) record.deepCopy())
                .toList();
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
}

package io.minato.hub.connectors.colins.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The simulator's seed ({@code config/colins/simulator-seed.json}): records to start with. A text value
 * that is a signed ISO-8601 duration ({@code +P2DT8H}, {@code -PT3H}) is a time relative to the start,
 * rounded down to the hour in Japan time, so a demo's schedule never goes stale.
 */
final class SeedRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedRecords() {
    }

    static List<ObjectNode> load(String location, OffsetDateTime start) {
        if (location == null || location.isBlank()) {
            return List.of();
        }
        try (InputStream in = open(location)) {
            JsonNode records = JSON.readTree(in).path("records");
            if (!records.isArray()) {
                throw new IllegalArgumentException("Colins simulator seed " + location + " has no \"records\" array");
            }
            OffsetDateTime base = start.withOffsetSameInstant(SimulatedColins.JAPAN).truncatedTo(ChronoUnit.HOURS);
            List<ObjectNode> loaded = new ArrayList<>();
            for (JsonNode record : records) {
                loaded.add(resolveTimes((ObjectNode) record, base, location));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("Colins simulator seed " + location + " is not readable", e);
        }
    }

    private static ObjectNode resolveTimes(ObjectNode record, OffsetDateTime base, String location) {
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String text = field.getValue().isTextual() ? field.getValue().asText() : "";
            if (text.startsWith("+P") || text.startsWith("-P")) {
                try {
                    OffsetDateTime time = base.plus(Duration.parse(text.startsWith("+") ? text.substring(1) : text));
                    // a date-only field takes the date
                    field.setValue(JSON.getNodeFactory().textNode(field.getKey().endsWith("Until")
                            ? time.toLocalDate().toString() : time.toString()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("Colins simulator seed " + location + ": " + field.getKey()
                            + " '" + text + "' is not an ISO-8601 duration", e);
                }
            }
        }
        return record;
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = SeedRecords.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no " + resource + " on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }
}

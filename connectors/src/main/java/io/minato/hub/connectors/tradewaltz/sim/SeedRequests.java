package io.minato.hub.connectors.tradewaltz.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulator's seed ({@code config/tradewaltz/simulator-seed.json}): requests in its feed from the start
 * (never pushed: no hub is listening yet when it starts). A text value that is a signed ISO-8601 duration
 * ({@code +P12D}, {@code -PT3H}) is a time relative to the start, in Japan time, so a demo's ETD never goes
 * stale: a date for {@code etd}, {@code eta} and {@code requestedDeliveryDate}, a date-time elsewhere.
 */
final class SeedRequests {

    static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);
    private static final Set<String> DATE_FIELDS = Set.of("etd", "eta", "requestedDeliveryDate");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedRequests() {
    }

    static List<ObjectNode> load(String location, OffsetDateTime start) {
        if (location == null || location.isBlank()) {
            return List.of();
        }
        try (InputStream in = open(location)) {
            JsonNode requests = JSON.readTree(in).path("requests");
            if (!requests.isArray()) {
                throw new IllegalArgumentException("TradeWaltz simulator seed " + location + " has no \"requests\" array");
            }
            OffsetDateTime base = start.withOffsetSameInstant(JAPAN).truncatedTo(ChronoUnit.HOURS);
            List<ObjectNode> loaded = new ArrayList<>();
            for (JsonNode request : requests) {
                loaded.add((ObjectNode) resolveTimes(request.deepCopy(), base, location));
            }
            return loaded;
        } catch (IOException e) {
            throw new UncheckedIOException("TradeWaltz simulator seed " + location + " is not readable", e);
        }
    }

    private static JsonNode resolveTimes(JsonNode node, OffsetDateTime base, String location) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String text = field.getValue().isTextual() ? field.getValue().asText() : "";
                if (text.startsWith("+P") || text.startsWith("-P")) {
                    field.setValue(JSON.getNodeFactory().textNode(relative(field.getKey(), text, base, location)));
                } else {
                    resolveTimes(field.getValue(), base, location);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(item -> resolveTimes(item, base, location));
        }
        return node;
    }

    private static String relative(String name, String text, OffsetDateTime base, String location) {
        try {
            OffsetDateTime time = base.plus(Duration.parse(text.startsWith("+") ? text.substring(1) : text));
            return DATE_FIELDS.contains(name) ? time.toLocalDate().toString() : time.toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("TradeWaltz simulator seed " + location + ": " + name + " '" + text
                    + "' is not an ISO-8601 duration", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
            InputStream in = SeedRequests.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no " + resource + " on the classpath");
            }
            return in;
        }
        return Files.newInputStream(Path.of(location.startsWith("file:") ? location.substring(5) : location));
    }
}

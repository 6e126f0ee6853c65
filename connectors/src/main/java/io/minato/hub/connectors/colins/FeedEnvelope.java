package io.minato.hub.connectors.colins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What the poller needs of a changes page to go on — where the next page starts, whether there is
 * one, how many records came — read without looking into the records.
 *
 * @param cursor  the cursor of the next page
 * @param hasMore whether Colins has more changes
 * @param records how many records the page holds
 */
public record FeedEnvelope(String cursor, boolean hasMore, int records) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The envelope, or empty when the page is not JSON or lacks its cursor or records array. */
    public static Optional<FeedEnvelope> read(byte[] page) {
        JsonNode root;
        try {
            root = JSON.readTree(page);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.path("records").isArray() || !root.path("cursor").isTextual()
                || root.path("cursor").asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FeedEnvelope(root.get("cursor").asText(), root.path("hasMore").asBoolean(false),
                root.get("records").size()));
    }
}

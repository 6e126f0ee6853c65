package io.minato.hub.connectors.tradewaltz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * What the poller needs of a feed page to go on — where the next page starts, whether there is one, how
 * many requests came — read without looking into the requests.
 */
public record RequestFeedPage(String cursor, boolean hasMore, int requests) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The envelope, or empty when the page is not JSON or lacks its cursor or requests array. */
    public static Optional<RequestFeedPage> read(byte[] page) {
        JsonNode root;
        try {
            root = JSON.readTree(page);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.path("requests").isArray() || !root.path("cursor").isTextual()
                || root.path("cursor").asText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new RequestFeedPage(root.get("cursor").asText(), root.path("hasMore").asBoolean(false),
                root.get("requests").size()));
    }
}

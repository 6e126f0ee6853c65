package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Collects what is wrong with the definition files, each problem prefixed with where it is. */
final class Problems {

    private final List<String> found = new ArrayList<>();

    void add(String where, String what) {
        found.add(where + ": " + what);
    }

    List<String> all() {
        return List.copyOf(found);
    }

    boolean none() {
        return found.isEmpty();
    }

    /** Reports keys of a mapping outside {@code allowed}: a misspelt key must not be ignored silently. */
    void unknownKeys(String where, JsonNode node, Set<String> allowed) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!allowed.contains(entry.getKey())) {
                add(where, "unknown key '" + entry.getKey() + "' (expected " + String.join(", ", sorted(allowed)) + ")");
            }
        }
    }

    /** A text value, or empty; a present value that is not text is reported. */
    Optional<String> text(String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            add(where, "'" + key + "' must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(value.asText().strip());
    }

    /** A whole number, or empty; a present value that is not one is reported. */
    Optional<Integer> integer(String where, JsonNode node, String key, int smallest) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.asInt() < smallest) {
            add(where, "'" + key + "' must be a whole number of at least " + smallest + ", not " + value);
            return Optional.empty();
        }
        return Optional.of(value.asInt());
    }

    boolean flag(String where, JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            add(where, "'" + key + "' must be true or false, not " + value);
            return false;
        }
        return value.asBoolean();
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}

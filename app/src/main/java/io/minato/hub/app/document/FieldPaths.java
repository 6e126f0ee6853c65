package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's fields as a flat list of leaf paths ({@code shipper.name}, {@code goods[0].packages}),
 * the way the field errors name them: the columns of the bulk-download CSV and the "what changed" of
 * an update on the timeline.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /** Every leaf value (text, number, boolean, null, empty object or list) under its path, in document order. */
    public static Map<String, JsonNode> flatten(JsonNode fields) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        walk("", fields, leaves);
        return leaves;
    }

    /** The leaves that differ between two versions, added and removed ones included, in document order. */
    public static List<Change> diff(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = flatten(before);
        Map<String, JsonNode> now = flatten(after);
        Set<String> paths = new LinkedHashSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            JsonNode was = old.getOrDefault(path, NullNode.getInstance());
            JsonNode is = now.getOrDefault(path, NullNode.getInstance());
            if (!same(was, is)) {
                changes.add(new Change(path, was, is));
            }
        }
        return changes;
    }

    /** Equal as JSON, numbers by value ({@code 600} and {@code 600.0} are the same weight). */
    public static boolean same(JsonNode a, JsonNode b) {
        JsonNode left = a == null || a.isMissingNode() ? NullNode.getInstance() : a;
        JsonNode right = b == null || b.isMissingNode() ? NullNode.getInstance() : b;
        return left.equals((x, y) -> x.isNumber() && y.isNumber()
                ? x.decimalValue().compareTo(y.decimalValue())
                : x.equals(y) ? 0 : 1, right);
    }

    private static void walk(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject() && !node.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), leaves);
            }
        } else if (!path.isEmpty()) {
            leaves.put(path, node);
        }
    }

    /** One leaf that changed: its path and the values before and after (JSON null when absent). */
    public record Change(String path, JsonNode before, JsonNode after) {
    }
}

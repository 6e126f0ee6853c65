package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads {@code code-lists.yml} and the inline {@code values} of code fields. */
final class CodeLists {

    private static final Set<String> LIST_KEYS = Set.of("ja", "en", "values", "pattern", "example");

    private CodeLists() {
    }

    static Map<String, CodeList> read(Problems problems, String file, JsonNode root) {
        Map<String, CodeList> lists = new LinkedHashMap<>();
        if (root == null || !root.isObject() || !root.path("codeLists").isObject()) {
            problems.add(file, "expected the mapping 'codeLists' of list name to ja, en and values or pattern");
            return lists;
        }
        problems.unknownKeys(file, root, Set.of("codeLists"));
        for (Map.Entry<String, JsonNode> entry : root.get("codeLists").properties()) {
            String where = file + ": codeLists." + entry.getKey();
            JsonNode node = entry.getValue();
            if (!node.isObject()) {
                problems.add(where, "expected ja, en and values or pattern");
                continue;
            }
            problems.unknownKeys(where, node, LIST_KEYS);
            String ja = problems.text(where, node, "ja").orElse(null);
            String en = problems.text(where, node, "en").orElse(null);
            if (ja == null || en == null) {
                problems.add(where, "needs 'ja' and 'en', the names users read");
            }
            if (node.has("values") == node.has("pattern")) {
                problems.add(where, "a code list has either 'values' (a closed list) or 'pattern' and 'example'"
                        + " (an open standard list such as UN/LOCODE)");
                continue;
            }
            if (node.has("values")) {
                lists.put(entry.getKey(), new CodeList(entry.getKey(), ja, en, values(problems, where + ".values",
                        node.get("values")), null, null));
            } else {
                pattern(problems, where, node).ifPresent(pattern -> lists.put(entry.getKey(), new CodeList(
                        entry.getKey(), ja, en, List.of(), pattern, node.path("example").asText())));
            }
        }
        return lists;
    }

    /** A list of codes, each plain ({@code FULL}) or with names ({@code {code: FULL, ja: 実入り, en: Full}}). */
    static List<CodeValue> values(Problems problems, String where, JsonNode list) {
        List<CodeValue> values = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(where, "expected a non-empty list of codes");
            return values;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode value : list) {
            CodeValue code = value.isObject()
                    ? new CodeValue(value.path("code").asText(""), value.path("ja").asText(null), value.path("en").asText(null))
                    : new CodeValue(value.asText(""), null, null);
            if (code.code().isBlank()) {
                problems.add(where, "a code is empty: " + value);
            } else if (!seen.add(code.code())) {
                problems.add(where, "code '" + code.code() + "' appears twice");
            } else {
                values.add(code);
            }
        }
        return values;
    }

    private static java.util.Optional<String> pattern(Problems problems, String where, JsonNode node) {
        String pattern = node.path("pattern").asText("");
        String example = node.path("example").asText("");
        try {
            if (!Pattern.matches(pattern, example)) {
                problems.add(where, "example '" + example + "' does not match the pattern " + pattern
                        + " (an open list needs a valid example, shown as input help)");
                return java.util.Optional.empty();
            }
        } catch (PatternSyntaxException e) {
            problems.add(where, "pattern " + pattern + " is not a regular expression: " + e.getDescription());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(pattern);
    }
}

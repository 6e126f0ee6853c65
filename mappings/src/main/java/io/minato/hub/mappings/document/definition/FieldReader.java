package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the field declarations of one definition file, reporting every problem with its file, type
 * and field path. A field marked {@code shared} may leave out its type (and names): it then takes the
 * root field's; when it states one, it must be the root field's.
 */
final class FieldReader {

    static final int DEFAULT_MAX_OCCURS = 999;
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> FIELD_KEYS = Set.of("name", "ja", "en", "type", "required", "shared",
            "maxLength", "scale", "min", "max", "minOccurs", "maxOccurs", "values", "codeList", "fields", "item",
            "setByHub");
    private static final Set<String> ITEM_KEYS = Set.of("type", "maxLength", "scale", "min", "max", "values",
            "codeList");
    static final Set<String> ROOT_KEYS = Set.of("ja", "en", "type", "many", "maxLength", "scale", "min", "max",
            "values", "codeList");

    private final Problems problems;
    private final Map<String, CodeList> codeLists;
    private final Map<String, RootField> root;

    FieldReader(Problems problems, Map<String, CodeList> codeLists, Map<String, RootField> root) {
        this.problems = problems;
        this.codeLists = codeLists;
        this.root = root;
    }

    /** The fields of a list node ({@code fields:}); {@code prefix} names file and type, {@code path} the parent. */
    List<FieldDefinition> fields(String prefix, String path, JsonNode list, boolean inRepeat) {
        String where = prefix + (path.isEmpty() ? "fields" : path + ".fields");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add(where, "expected a non-empty list of fields");
            return List.of();
        }
        List<FieldDefinition> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String name = node.path("name").asText("");
            if (!name.isEmpty() && !names.add(name)) {
                problems.add(prefix + join(path, name), "duplicate field name '" + name + "'");
                continue;
            }
            field(prefix, path, i, node, inRepeat).ifPresent(fields::add);
        }
        return fields;
    }

    /** A root field (root.yml): a scalar or a party, never shared, never nested. */
    Optional<RootField> rootField(String prefix, String name, JsonNode node) {
        String where = prefix + name;
        if (!node.isObject()) {
            problems.add(where, "expected ja, en and type");
            return Optional.empty();
        }
        problems.unknownKeys(where, node, ROOT_KEYS);
        if (!NAME.matcher(name).matches()) {
            problems.add(where, "a field name is a JSON name in lower camel case, e.g. vesselName");
        }
        Optional<FieldDefinition> field = declared(where, name, node, false, false, null);
        field.filter(f -> !f.type().scalar() && f.type() != FieldType.PARTY).ifPresent(f ->
                problems.add(where, "a root field is a single value or a party, not a " + f.type().yamlName()));
        boolean many = problems.flag(where, node, "many");
        return field.map(f -> new RootField(f, many));
    }

    private Optional<FieldDefinition> field(String prefix, String parent, int index, JsonNode node, boolean inRepeat) {
        if (!node.isObject()) {
            problems.add(prefix + join(parent, "#" + (index + 1)), "expected a field (name, ja, en, type, …)");
            return Optional.empty();
        }
        String name = node.path("name").asText("");
        String where = prefix + join(parent, name.isEmpty() ? "#" + (index + 1) : name);
        problems.unknownKeys(where, node, FIELD_KEYS);
        if (!NAME.matcher(name).matches()) {
            problems.add(where, name.isEmpty() ? "'name' is missing"
                    : "'" + name + "' is not a JSON name in lower camel case, e.g. vesselName");
            return Optional.empty();
        }
        String shared = problems.text(where, node, "shared").orElse(null);
        RootField rootField = shared == null ? null : root.get(shared);
        if (shared != null && rootField == null) {
            problems.add(where, "shared: '" + shared + "' is not a field of root.yml (it has "
                    + String.join(", ", root.keySet()) + ")");
            shared = null;
        }
        Optional<FieldDefinition> field = rootField != null && !node.has("type")
                ? Optional.of(inherited(where, name, node, rootField))
                : declared(where, name, node, true, inRepeat, rootField);
        if (field.isPresent() && rootField != null) {
            checkShared(where, field.get(), rootField, inRepeat);
        }
        String sharedWith = shared;
        return field.map(f -> f.as(name, f.ja(), f.en(), f.required(), sharedWith, f.setByHub()));
    }

    /** A shared field without a type: the root field's shape, its own names if given, else the root's. */
    private FieldDefinition inherited(String where, String name, JsonNode node, RootField rootField) {
        FieldDefinition shape = rootField.field();
        boolean required = problems.flag(where, node, "required");
        boolean hubSets = problems.flag(where, node, "setByHub");
        String ja = problems.text(where, node, "ja").orElse(shape.ja());
        String en = problems.text(where, node, "en").orElse(shape.en());
        if (node.has("item") || node.has("fields")) {
            problems.add(where, "a shared field without 'type' takes the root field's; 'fields' and 'item' need a type");
        }
        return shape.as(name, ja, en, required, rootField.name(), hubSets);
    }

    /**
     * A field with its own type. {@code named}: a field (names required) rather than a repeat's item.
     * {@code sharedRoot}: the root field it shares, whose names stand in for missing ones.
     */
    private Optional<FieldDefinition> declared(String where, String name, JsonNode node, boolean named,
                                               boolean inRepeat, RootField sharedRoot) {
        String typeName = problems.text(where, node, "type").orElse(null);
        if (typeName == null) {
            problems.add(where, "'type' is missing (one of " + FieldType.yamlNames() + ")");
            return Optional.empty();
        }
        Optional<FieldType> type = FieldType.ofYaml(typeName);
        if (type.isEmpty()) {
            problems.add(where, "unknown field type '" + typeName + "' (expected one of " + FieldType.yamlNames() + ")");
            return Optional.empty();
        }
        String ja = problems.text(where, node, "ja").orElse(sharedRoot == null ? null : sharedRoot.field().ja());
        String en = problems.text(where, node, "en").orElse(sharedRoot == null ? null : sharedRoot.field().en());
        if (named && (ja == null || en == null)) {
            problems.add(where, "needs 'ja' and 'en', the names users read"
                    + (ja == null && en == null ? "" : " (missing: " + (ja == null ? "ja" : "en") + ")"));
        }
        return Optional.of(shaped(where, name, ja, en, type.get(), node, inRepeat));
    }

    private FieldDefinition shaped(String where, String name, String ja, String en, FieldType type, JsonNode node,
                                   boolean inRepeat) {
        Constraints c = new Constraints(problems, where, node, type);
        boolean required = problems.flag(where, node, "required");
        boolean hubSets = problems.flag(where, node, "setByHub");
        if (hubSets && inRepeat) {
            // a form's rows can be removed and reordered, so a hub-set value could not be kept with its row
            problems.add(where, "setByHub is not allowed inside a repeat");
        }
        CodeList codes = type == FieldType.CODE ? c.codes(codeLists) : null;
        List<FieldDefinition> children = List.of();
        FieldDefinition item = null;
        Integer minOccurs = null;
        Integer maxOccurs = null;
        String path = pathOf(where);
        if (type == FieldType.GROUP) {
            children = fields(prefixOf(where), path, node.get("fields"), inRepeat);
        } else if (type == FieldType.REPEAT) {
            minOccurs = problems.integer(where, node, "minOccurs", 0).orElse(required ? 1 : 0);
            maxOccurs = problems.integer(where, node, "maxOccurs", 1).orElse(DEFAULT_MAX_OCCURS);
            if (minOccurs > maxOccurs) {
                problems.add(where, "minOccurs " + minOccurs + " is more than maxOccurs " + maxOccurs);
            }
            if (node.has("fields") == node.has("item")) {
                problems.add(where, "a repeat has either 'fields' (rows of several fields) or 'item' (rows of one value)");
            } else if (node.has("fields")) {
                children = fields(prefixOf(where), path + "[]", node.get("fields"), true);
            } else {
                item = item(where + "[]", name, ja, en, node.get("item"));
            }
        }
        return new FieldDefinition(name, ja, en, type, required || minOccurs != null && minOccurs > 0, null,
                c.maxLength(), c.scale(), c.min(), c.max(), minOccurs, maxOccurs, codes, children, item, hubSets);
    }

    private FieldDefinition item(String where, String name, String ja, String en, JsonNode node) {
        if (node == null || !node.isObject()) {
            problems.add(where, "'item' must declare the type of each row, e.g. {type: text, maxLength: 35}");
            return null;
        }
        problems.unknownKeys(where, node, ITEM_KEYS);
        Optional<FieldType> type = FieldType.ofYaml(node.path("type").asText(""));
        if (type.isEmpty() || !type.get().scalar()) {
            problems.add(where, "the item of a repeat is a single value: one of text, code, number, date, datetime,"
                    + " boolean, not '" + node.path("type").asText("") + "'");
            return null;
        }
        return shaped(where, name, ja, en, type.get(), node, true);
    }

    /**
     * The shared field must have the root field's shape, and a single-valued root field cannot sit in a
     * repeat. A root field with several values (container numbers) may: each row, or a document naming
     * one container (an EIR), carries one of the deal's values.
     */
    private void checkShared(String where, FieldDefinition field, RootField rootField, boolean inRepeat) {
        FieldDefinition shape = field.repeatOfValues() ? field.item() : field;
        String mismatch = shape == null ? null : Shapes.mismatch(shape, rootField.field());
        if (mismatch != null) {
            problems.add(where, "shared with root field '" + rootField.name() + "' but " + mismatch);
        }
        if (!rootField.many() && (inRepeat || field.type() == FieldType.REPEAT)) {
            problems.add(where, "root field '" + rootField.name() + "' holds one value per deal; it cannot be"
                    + " shared from a repeat, which has one per row");
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** {@code "types/UL040.yml: UL040: goods[].packages"} → {@code "types/UL040.yml: UL040: "}. */
    private static String prefixOf(String where) {
        int at = where.lastIndexOf(": ");
        return at < 0 ? "" : where.substring(0, at + 2);
    }

    private static String pathOf(String where) {
        return where.substring(prefixOf(where).length());
    }

    /** The type-dependent constraints of one field node; a constraint on the wrong type is reported. */
    private static final class Constraints {
        private final Problems problems;
        private final String where;
        private final JsonNode node;
        private final FieldType type;

        Constraints(Problems problems, String where, JsonNode node, FieldType type) {
            this.problems = problems;
            this.where = where;
            this.node = node;
            this.type = type;
            only("maxLength", FieldType.TEXT);
            only("scale", FieldType.NUMBER);
            only("min", FieldType.NUMBER);
            only("max", FieldType.NUMBER);
            only("values", FieldType.CODE);
            only("codeList", FieldType.CODE);
            only("fields", FieldType.GROUP, FieldType.REPEAT);
            only("item", FieldType.REPEAT);
            only("minOccurs", FieldType.REPEAT);
            only("maxOccurs", FieldType.REPEAT);
        }

        private void only(String key, FieldType... types) {
            if (node.has(key) && !List.of(types).contains(type)) {
                problems.add(where, "'" + key + "' does not apply to a " + type.yamlName() + " field");
            }
        }

        Integer maxLength() {
            if (type != FieldType.TEXT) {
                return null;
            }
            Optional<Integer> length = problems.integer(where, node, "maxLength", 1);
            if (length.isEmpty() && !node.has("maxLength")) {
                problems.add(where, "a text field needs 'maxLength'");
            }
            return length.orElse(null);
        }

        Integer scale() {
            if (type != FieldType.NUMBER) {
                return null;
            }
            Optional<Integer> scale = problems.integer(where, node, "scale", 0);
            if (scale.isEmpty() && !node.has("scale")) {
                problems.add(where, "a number field needs 'scale' (decimal places; 0 for whole numbers)");
            }
            return scale.orElse(null);
        }

        BigDecimal min() {
            return decimal("min");
        }

        BigDecimal max() {
            return decimal("max");
        }

        private BigDecimal decimal(String key) {
            JsonNode value = node.get(key);
            if (type != FieldType.NUMBER || value == null) {
                return null;
            }
            if (!value.isNumber()) {
                problems.add(where, "'" + key + "' must be a number, not " + value);
                return null;
            }
            return value.decimalValue();
        }

        CodeList codes(Map<String, CodeList> lists) {
            if (node.has("values") == node.has("codeList")) {
                problems.add(where, "a code field has either 'values' (listed here) or 'codeList' (a list of"
                        + " code-lists.yml)");
                return null;
            }
            if (node.has("values")) {
                List<CodeValue> values = CodeLists.values(problems, where + ".values", node.get("values"));
                return new CodeList(null, null, null, values, null, null);
            }
            String name = node.path("codeList").asText("");
            CodeList list = lists.get(name);
            if (list == null) {
                problems.add(where, "codeList: '" + name + "' is not in code-lists.yml (it has "
                        + String.join(", ", lists.keySet()) + ")");
            }
            return list;
        }
    }
}

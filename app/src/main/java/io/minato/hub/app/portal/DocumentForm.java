package io.minato.hub.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.support.ApiException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * A document's JSON fields as a form and back. A typed document type's record (UL010, UL040, …) is the
 * form's shape, so empty fields and new rows can be offered; an untyped document is shown as its JSON
 * has it. Nested objects become groups, arrays rows; a submission is read back along the same shape,
 * numbers as numbers, blanks left out, and whatever the hub itself sets taken from the stored document.
 */
final class DocumentForm {

    static final String PARAMETER_PREFIX = "f.";
    /** Set by the hub from NACCS outputs, never through a form. */
    static final Set<String> HUB_FIELDS = Set.of("exportControlNumber", "customs");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final BiFunction<String, Locale, String> labels;
    private final Locale locale;

    /** @param labels the label of a JSON field name in a language */
    DocumentForm(BiFunction<String, Locale, String> labels, Locale locale) {
        this.labels = labels;
        this.locale = locale;
    }

    static String placeholder(int depth) {
        return "__row" + depth + "__";
    }

    /** The fields of a document: its record's shape when {@code type} is known, its JSON's otherwise. */
    List<FormField> fields(Class<?> type, JsonNode value, Map<String, String> problems) {
        FormField root = type != null ? typed(type, value, "", "", problems) : untyped(value, "", "", problems);
        return root.children();
    }

    private FormField typed(Type type, JsonNode value, String path, String name, Map<String, String> problems) {
        Class<?> raw = raw(type);
        String problem = problems.get(path);
        if (raw.isRecord()) {
            List<FormField> children = new ArrayList<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                JsonNode child = value == null ? null : value.get(component.getName());
                FormField field = typed(component.getGenericType(), child, join(path, component.getName()),
                        component.getName(), problems);
                children.add(HUB_FIELDS.contains(component.getName()) ? readOnly(field) : field);
            }
            return new FormField(path, label(name), FormField.Kind.GROUP, null, List.of(), false, problem, children, null);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<FormField> rows = new ArrayList<>();
            if (value != null && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    rows.add(typed(element, value.get(i), path + "[" + i + "]", "#" + (i + 1), problems));
                }
            }
            FormField template = typed(element, null, path + "[" + placeholder(depth(path)) + "]", "+", Map.of());
            return new FormField(path, label(name), FormField.Kind.ROWS, null, List.of(), false, problem, rows, template);
        }
        String text = value == null || value.isNull() ? "" : value.asText();
        if (raw.isEnum()) {
            List<String> options = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            return scalar(path, name, FormField.Kind.SELECT, text, options, problem);
        }
        if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class) {
            return scalar(path, name, FormField.Kind.NUMBER, text, List.of(), problem);
        }
        if (raw == LocalDate.class) {
            return scalar(path, name, FormField.Kind.DATE, text, List.of(), problem);
        }
        return scalar(path, name, FormField.Kind.TEXT, text, List.of(), problem);
    }

    private FormField untyped(JsonNode value, String path, String name, Map<String, String> problems) {
        if (value != null && value.isObject()) {
            List<FormField> children = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                children.add(untyped(entry.getValue(), join(path, entry.getKey()), entry.getKey(), problems));
            }
            return new FormField(path, label(name), FormField.Kind.GROUP, null, List.of(), false, null, children, null);
        }
        if (value != null && value.isArray()) {
            List<FormField> rows = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                rows.add(untyped(value.get(i), path + "[" + i + "]", "#" + (i + 1), problems));
            }
            return new FormField(path, label(name), FormField.Kind.ROWS, null, List.of(), true, null, rows, null);
        }
        FormField.Kind kind = value != null && value.isNumber() ? FormField.Kind.NUMBER : FormField.Kind.TEXT;
        return new FormField(path, label(name), kind, value == null || value.isNull() ? "" : value.asText(), List.of(),
                true, null, List.of(), null);
    }

    /**
     * Reads a submitted form back into the record's JSON. Blank inputs and empty rows are left out, so
     * the record's own validation names what is missing; a number that does not read as one is passed
     * on as text for the same reason.
     *
     * @param parameters the request's parameters (only those starting with {@value #PARAMETER_PREFIX} count)
     * @param stored     the document as stored, where the hub's own fields come from
     */
    static ObjectNode read(Class<?> type, Map<String, String[]> parameters, JsonNode stored) {
        Map<String, String> values = new HashMap<>();
        parameters.forEach((key, value) -> {
            if (key.startsWith(PARAMETER_PREFIX) && value.length > 0) {
                values.put(key.substring(PARAMETER_PREFIX.length()), value[0]);
            }
        });
        JsonNode root = read(type, "", values, stored);
        return root instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private static JsonNode read(Type type, String path, Map<String, String> values, JsonNode stored) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = component.getName();
                JsonNode child = path.isEmpty() && HUB_FIELDS.contains(name)
                        ? (stored == null ? null : stored.get(name))
                        : read(component.getGenericType(), join(path, name), values, null);
                if (child != null && !child.isNull()) {
                    object.set(name, child);
                }
            }
            return object.isEmpty() && !path.isEmpty() ? null : object;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            ArrayNode array = NODES.arrayNode();
            for (int index : rowIndexes(path, values)) {
                JsonNode row = read(element, path + "[" + index + "]", values, null);
                if (row != null) {
                    array.add(row);
                }
            }
            return array.isEmpty() ? null : array;
        }
        String text = values.get(path);
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        if (Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class) {
            try {
                return NODES.numberNode(new BigDecimal(text.replace(",", "")));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        return NODES.textNode(text);
    }

    /** The row numbers submitted for an array, in order; gaps are rows removed in the browser. */
    private static Set<Integer> rowIndexes(String path, Map<String, String> values) {
        String prefix = path + "[";
        Set<Integer> indexes = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                int end = key.indexOf(']', prefix.length());
                if (end > prefix.length()) {
                    try {
                        indexes.add(Integer.parseInt(key.substring(prefix.length(), end)));
                    } catch (NumberFormatException e) {
                        // a template row's placeholder: not a row
                    }
                }
            }
        }
        return indexes;
    }

    /** Validation problems by form path: {@code fields.goods[0].packages} → {@code goods[0].packages}. */
    static Map<String, String> problemsByPath(List<ApiException.FieldProblem> problems) {
        Map<String, String> byPath = new LinkedHashMap<>();
        for (ApiException.FieldProblem problem : problems) {
            String path = problem.field().replace(".<list element>", "").replace("<list element>", "");
            path = path.startsWith("fields.") ? path.substring("fields.".length()) : path;
            byPath.merge(path, problem.message(), (a, b) -> a + "; " + b);
        }
        return byPath;
    }

    private FormField scalar(String path, String name, FormField.Kind kind, String value, List<String> options,
                             String problem) {
        return new FormField(path, label(name), kind, value, options, false, problem, List.of(), null);
    }

    private static FormField readOnly(FormField field) {
        return new FormField(field.path(), field.label(), field.kind(), field.value(), field.options(), true,
                field.problem(), field.children().stream().map(DocumentForm::readOnly).toList(), null);
    }

    private String label(String name) {
        return name.isEmpty() || name.startsWith("#") || name.equals("+") ? name : labels.apply(name, locale);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '[').count();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }
}

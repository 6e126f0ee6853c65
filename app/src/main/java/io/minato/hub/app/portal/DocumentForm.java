package io.minato.hub.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.definition.CodeList;
import io.minato.hub.mappings.document.definition.CodeValue;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.FieldDefinition;
import io.minato.hub.mappings.document.definition.FieldType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A document's JSON fields as a form and back, shaped by its type's definition: labels in the page's
 * language, selects for closed code lists and yes/no, date inputs, groups for parties, rows for
 * repeats with a template for new ones. A submission is read back along the same definition: numbers
 * as numbers, yes/no as booleans, blanks left out (so validation names what is missing), and what the
 * hub itself sets taken from the stored document.
 */
final class DocumentForm {

    static final String PARAMETER_PREFIX = "f.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Locale locale;

    DocumentForm(Locale locale) {
        this.locale = locale;
    }

    static String placeholder(int depth) {
        return "__row" + depth + "__";
    }

    /** The fields of a document of the definition's type, filled from {@code value}. */
    List<FormField> fields(DocumentDefinition definition, JsonNode value, Map<String, String> problems) {
        return children(definition.fields(), value, "", problems, false);
    }

    private List<FormField> children(List<FieldDefinition> fields, JsonNode value, String path,
                                     Map<String, String> problems, boolean readOnly) {
        List<FormField> children = new ArrayList<>();
        for (FieldDefinition field : fields) {
            JsonNode child = value == null ? null : value.get(field.name());
            children.add(field(field, child, join(path, field.name()), label(field), problems,
                    readOnly || field.setByHub()));
        }
        return children;
    }

    private FormField field(FieldDefinition field, JsonNode value, String path, String label,
                            Map<String, String> problems, boolean readOnly) {
        String problem = problems.get(path);
        return switch (field.type()) {
            case GROUP, PARTY -> new FormField(path, label, FormField.Kind.GROUP, null, List.of(), readOnly, problem,
                    children(field.fields(), value, path, problems, readOnly), null, field.required(), null, null);
            case REPEAT -> rows(field, value, path, label, problems, readOnly);
            default -> scalar(field, value, path, label, problem, readOnly);
        };
    }

    private FormField rows(FieldDefinition field, JsonNode value, String path, String label,
                           Map<String, String> problems, boolean readOnly) {
        List<FormField> rows = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                rows.add(row(field, value.get(i), path + "[" + i + "]", "#" + (i + 1), problems, readOnly));
            }
        }
        FormField template = readOnly ? null
                : row(field, null, path + "[" + placeholder(depth(path)) + "]", "+", Map.of(), false);
        return new FormField(path, label, FormField.Kind.ROWS, null, List.of(), readOnly, problems.get(path), rows,
                template, field.required(), null, null);
    }

    private FormField row(FieldDefinition field, JsonNode value, String path, String label,
                          Map<String, String> problems, boolean readOnly) {
        if (field.repeatOfValues()) {
            return scalar(field.item(), value, path, label, problems.get(path), readOnly);
        }
        return new FormField(path, label, FormField.Kind.GROUP, null, List.of(), readOnly, problems.get(path),
                children(field.fields(), value, path, problems, readOnly), null, false, null, null);
    }

    private FormField scalar(FieldDefinition field, JsonNode value, String path, String label, String problem,
                             boolean readOnly) {
        String text = value == null || value.isNull() ? "" : value.asText();
        FormField.Kind kind = FormField.Kind.TEXT;
        List<FormField.Option> options = List.of();
        String placeholder = null;
        switch (field.type()) {
            case NUMBER -> kind = FormField.Kind.NUMBER;
            case DATE -> kind = FormField.Kind.DATE;
            case DATETIME -> kind = FormField.Kind.DATETIME;
            case BOOLEAN -> {
                kind = FormField.Kind.SELECT;
                options = List.of(new FormField.Option("true", english() ? "Yes" : "はい"),
                        new FormField.Option("false", english() ? "No" : "いいえ"));
            }
            case CODE -> {
                CodeList codes = field.codes();
                if (codes.closed()) {
                    kind = FormField.Kind.SELECT;
                    options = codes.values().stream().map(this::option).toList();
                } else {
                    placeholder = codes.example();
                }
            }
            default -> { }
        }
        return new FormField(path, label, kind, text, options, readOnly, problem, List.of(), null, field.required(),
                field.maxLength(), placeholder);
    }

    private FormField.Option option(CodeValue code) {
        String name = english() ? code.en() : code.ja();
        return new FormField.Option(code.code(), name == null || name.equals(code.code()) ? code.code()
                : code.code() + " " + name);
    }

    /**
     * Reads a submitted form back into the document's JSON along its definition.
     *
     * @param parameters the request's parameters (only those starting with {@value #PARAMETER_PREFIX} count)
     * @param stored     the document as stored, where the fields the hub sets come from
     */
    static ObjectNode read(DocumentDefinition definition, Map<String, String[]> parameters, JsonNode stored) {
        Map<String, String> values = new HashMap<>();
        parameters.forEach((key, value) -> {
            if (key.startsWith(PARAMETER_PREFIX) && value.length > 0) {
                values.put(key.substring(PARAMETER_PREFIX.length()), value[0]);
            }
        });
        ObjectNode object = readObject(definition.fields(), "", values, stored);
        return object == null ? NODES.objectNode() : object;
    }

    private static ObjectNode readObject(List<FieldDefinition> fields, String path, Map<String, String> values,
                                         JsonNode stored) {
        ObjectNode object = NODES.objectNode();
        for (FieldDefinition field : fields) {
            JsonNode child = field.setByHub()
                    ? (stored == null ? null : stored.get(field.name()))
                    : readField(field, join(path, field.name()), values, stored == null ? null : stored.get(field.name()));
            if (child != null && !child.isNull()) {
                object.set(field.name(), child);
            }
        }
        return object.isEmpty() ? null : object;
    }

    private static JsonNode readField(FieldDefinition field, String path, Map<String, String> values, JsonNode stored) {
        return switch (field.type()) {
            case GROUP, PARTY -> readObject(field.fields(), path, values, stored);
            case REPEAT -> {
                // rows hold no fields the hub sets (the definitions refuse them there), so nothing comes from stored
                ArrayNode array = NODES.arrayNode();
                for (int index : rowIndexes(path, values)) {
                    String row = path + "[" + index + "]";
                    JsonNode read = field.repeatOfValues() ? readScalar(field.item(), row, values)
                            : readObject(field.fields(), row, values, null);
                    if (read != null) {
                        array.add(read);
                    }
                }
                yield array.isEmpty() ? null : array;
            }
            default -> readScalar(field, path, values);
        };
    }

    /** A number that does not read as one and a yes/no that is neither are passed on for validation to name. */
    private static JsonNode readScalar(FieldDefinition field, String path, Map<String, String> values) {
        String text = values.get(path);
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        if (field.type() == FieldType.NUMBER) {
            try {
                return NODES.numberNode(new BigDecimal(text.replace(",", "")));
            } catch (NumberFormatException e) {
                return NODES.textNode(text);
            }
        }
        if (field.type() == FieldType.BOOLEAN && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
    }

    /** The row numbers submitted for a repeat, in order; gaps are rows removed in the browser. */
    private static Set<Integer> rowIndexes(String path, Map<String, String> values) {
        String prefix = path + "[";
        Set<Integer> indexes = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                int end = key.indexOf(']', prefix.length());
                String index = end > prefix.length() ? key.substring(prefix.length(), end) : "";
                if (index.chars().allMatch(Character::isDigit) && !index.isEmpty()) {
                    indexes.add(Integer.parseInt(index));
                }
                // otherwise a template row's placeholder: not a row
            }
        }
        return indexes;
    }

    /**
     * Validation problems by form path ({@code fields.goods[0].packages} → {@code goods[0].packages}), each
     * message in the page's language.
     */
    static Map<String, String> problemsByPath(List<ApiException.FieldProblem> problems, Locale locale) {
        Map<String, String> byPath = new LinkedHashMap<>();
        for (ApiException.FieldProblem problem : problems) {
            String path = problem.field().replace(".<list element>", "").replace("<list element>", "");
            path = path.startsWith("fields.") ? path.substring("fields.".length()) : path;
            byPath.merge(path, Bilingual.pick(problem.message(), locale), (a, b) -> a + "; " + b);
        }
        return byPath;
    }

    private String label(FieldDefinition field) {
        String name = english() ? field.en() : field.ja();
        return name == null ? field.name() : name;
    }

    private boolean english() {
        return Labels.english(locale);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '[').count();
    }
}

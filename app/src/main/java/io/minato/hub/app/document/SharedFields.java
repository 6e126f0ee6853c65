package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.minato.hub.mappings.document.DocumentType;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields documents of a deal share (連携項目), read from {@code config/documents/shared-fields.yml}:
 * which document types are triggers (once one is sent, the fields it shares are locked) and, for every
 * shared field, its JSON pointer in each document type. Checked against the typed records when loaded,
 * so a misspelt path stops the hub instead of silently locking nothing.
 *
 * <p>Issue 6 replaces the list with the deal's root document; until then it is data.
 */
public final class SharedFields {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Set<DocumentType> triggers;
    private final List<SharedField> fields;

    private SharedFields(Set<DocumentType> triggers, List<SharedField> fields) {
        this.triggers = Collections.unmodifiableSet(EnumSet.copyOf(triggers));
        this.fields = List.copyOf(fields);
    }

    /**
     * One field several document types carry.
     *
     * @param name    its key in the file, e.g. {@code vesselName}
     * @param ja      what users read in Japanese (船名)
     * @param en      the same in English
     * @param paths   its JSON pointer in each document type that has it
     */
    public record SharedField(String name, String ja, String en, Map<DocumentType, String> paths) {

        public Optional<String> pathIn(DocumentType type) {
            return Optional.ofNullable(paths.get(type));
        }
    }

    /**
     * Reads and checks the file's text.
     *
     * @param file what to call it in the error
     * @throws IllegalStateException naming the file and every problem found
     */
    public static SharedFields parse(String file, String text) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (IOException e) {
            throw broken(file, List.of("not readable YAML: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw broken(file, List.of("expected the keys 'triggers' and 'fields' at the top"));
        }
        Set<DocumentType> triggers = EnumSet.noneOf(DocumentType.class);
        JsonNode triggerList = root.path("triggers");
        if (!triggerList.isArray() || triggerList.isEmpty()) {
            problems.add("triggers: expected a list of document type codes, e.g. [UL040, UL050]");
        }
        triggerList.forEach(code -> type("triggers", code.asText(), problems).ifPresent(triggers::add));
        List<SharedField> fields = new ArrayList<>();
        JsonNode fieldMap = root.path("fields");
        if (!fieldMap.isObject() || fieldMap.isEmpty()) {
            problems.add("fields: expected a map of field name to ja, en and paths");
        }
        Iterator<Map.Entry<String, JsonNode>> entries = fieldMap.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            field(entry.getKey(), entry.getValue(), problems).ifPresent(fields::add);
        }
        for (DocumentType trigger : triggers) {
            if (fields.stream().noneMatch(field -> field.paths().containsKey(trigger))) {
                problems.add("triggers: " + trigger + " shares no field, so sending it would lock nothing");
            }
        }
        Set<String> unknown = root.properties().stream().map(Map.Entry::getKey)
                .filter(key -> !key.equals("triggers") && !key.equals("fields")).collect(Collectors.toSet());
        unknown.forEach(key -> problems.add(key + ": unknown key (expected 'triggers' and 'fields')"));
        if (!problems.isEmpty()) {
            throw broken(file, problems);
        }
        return new SharedFields(triggers, fields);
    }

    public Set<DocumentType> triggers() {
        return triggers;
    }

    /** The shared fields a document of the type carries. */
    public List<SharedField> fieldsOf(DocumentType type) {
        return fields.stream().filter(field -> field.paths().containsKey(type)).toList();
    }

    private static Optional<SharedField> field(String name, JsonNode node, List<String> problems) {
        String where = "fields." + name;
        String ja = node.path("ja").asText("");
        String en = node.path("en").asText("");
        if (ja.isBlank() || en.isBlank()) {
            problems.add(where + ": needs 'ja' and 'en', the names users read");
        }
        JsonNode paths = node.path("paths");
        if (!paths.isObject() || paths.size() < 2) {
            problems.add(where + ".paths: a shared field needs its path in at least two document types");
            return Optional.empty();
        }
        Map<DocumentType, String> byType = new EnumMap<>(DocumentType.class);
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            Optional<DocumentType> type = type(where + ".paths", entry.getKey(), problems);
            String pointer = entry.getValue().asText("");
            type.ifPresent(t -> checkPath(where + ".paths." + t, t, pointer, problems));
            type.ifPresent(t -> byType.put(t, pointer));
        }
        return Optional.of(new SharedField(name, ja, en, byType));
    }

    private static Optional<DocumentType> type(String where, String code, List<String> problems) {
        try {
            return Optional.of(DocumentType.valueOf(code));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": '" + code + "' is not a document type code (UL010 … UL490)");
            return Optional.empty();
        }
    }

    /** The pointer must lead to a component of the type's record, through lists by index. */
    private static void checkPath(String where, DocumentType type, String pointer, List<String> problems) {
        Optional<Class<?>> record = TypedFields.recordOf(type);
        if (record.isEmpty()) {
            problems.add(where + ": " + type + " has no typed fields yet, so no path in it can be checked");
            return;
        }
        if (!pointer.startsWith("/") || pointer.length() < 2) {
            problems.add(where + ": '" + pointer + "' is not a JSON pointer such as /shipper/name");
            return;
        }
        Type current = record.get();
        for (String token : pointer.substring(1).split("/", -1)) {
            Class<?> raw = raw(current);
            if (List.class.isAssignableFrom(raw)) {
                if (!token.matches("\\d+")) {
                    problems.add(where + ": '" + pointer + "': '" + token + "' must be an index, the field before it is a list");
                    return;
                }
                current = ((ParameterizedType) current).getActualTypeArguments()[0];
            } else if (raw.isRecord()) {
                Optional<RecordComponent> component = Arrays.stream(raw.getRecordComponents())
                        .filter(c -> c.getName().equals(token)).findFirst();
                if (component.isEmpty()) {
                    problems.add(where + ": '" + pointer + "': " + raw.getSimpleName() + " has no field '" + token
                            + "' (it has " + Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName)
                            .collect(Collectors.joining(", ")) + ")");
                    return;
                }
                current = component.get().getGenericType();
            } else {
                problems.add(where + ": '" + pointer + "': '" + token + "' cannot follow a " + raw.getSimpleName() + " value");
                return;
            }
        }
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
    }

    private static IllegalStateException broken(String file, List<String> problems) {
        return new IllegalStateException("the shared-field list " + file + " is broken / 共有項目の設定に誤りがあります:\n  - "
                + String.join("\n  - ", problems));
    }
}

package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootPrecedence;
import io.minato.hub.mappings.document.root.RootSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the definition folder file by file (code lists, then the root document, then each type, which
 * refer to both) and checks what spans files: every type defined, every root field shared somewhere,
 * every edit-lock trigger sharing something, record-backed types matching their records.
 */
final class DefinitionFilesReader {

    private static final Set<String> TYPE_KEYS = Set.of("code", "ja", "en", "directions", "fields");
    private static final Set<String> ROOT_KEYS = Set.of("editLock", "precedence", "fields");

    private final String location;
    private final Function<String, Optional<String>> files;
    private final Problems problems = new Problems();

    DefinitionFilesReader(String location, Function<String, Optional<String>> files) {
        this.location = location;
        this.files = files;
    }

    DocumentDefinitions read(Set<DocumentType> required) {
        Map<String, CodeList> codeLists = tree(DocumentDefinitions.CODE_LISTS_FILE)
                .map(tree -> CodeLists.read(problems, DocumentDefinitions.CODE_LISTS_FILE, tree))
                .orElseGet(LinkedHashMap::new);
        Map<String, RootField> root = new LinkedHashMap<>();
        Set<DocumentType> triggers = EnumSet.noneOf(DocumentType.class);
        Optional<JsonNode> rootTree = tree(DocumentDefinitions.ROOT_FILE);
        rootTree.ifPresent(tree -> root(tree, codeLists, root, triggers));
        FieldReader reader = new FieldReader(problems, codeLists, root);
        Map<DocumentType, DocumentDefinition> definitions = new EnumMap<>(DocumentType.class);
        for (DocumentType type : required) {
            String file = "types/" + type + ".yml";
            tree(file).ifPresent(tree -> type(file, type, tree, reader).ifPresent(d -> definitions.put(type, d)));
        }
        RootPrecedence precedence = rootTree.map(tree -> precedence(tree, root))
                .orElse(RootPrecedence.ALL_EQUAL);
        crossChecks(root, triggers, definitions);
        if (!problems.none()) {
            throw new InvalidDocumentDefinitionException(location, problems.all());
        }
        return new DocumentDefinitions(location, codeLists, root, triggers, precedence, definitions);
    }

    private Optional<JsonNode> tree(String file) {
        Optional<String> text = files.apply(file);
        if (text.isEmpty()) {
            problems.add(file, "missing" + (file.startsWith("types/") ? " (every document type needs its definition)" : ""));
            return Optional.empty();
        }
        try {
            JsonNode tree = DocumentDefinitions.yaml(text.get());
            if (tree == null || !tree.isObject()) {
                problems.add(file, "expected a mapping at the top");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (IOException e) {
            problems.add(file, "not readable YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void root(JsonNode tree, Map<String, CodeList> codeLists, Map<String, RootField> root,
                      Set<DocumentType> triggers) {
        String file = DocumentDefinitions.ROOT_FILE;
        problems.unknownKeys(file, tree, ROOT_KEYS);
        JsonNode triggerList = tree.path("editLock").path("triggers");
        if (!triggerList.isArray()) {
            problems.add(file + ": editLock.triggers", "expected a list of document type codes, e.g. [UL040, UL050]");
        }
        triggerList.forEach(code -> type(file + ": editLock.triggers", code.asText()).ifPresent(triggers::add));
        JsonNode fields = tree.path("fields");
        if (!fields.isObject() || fields.isEmpty()) {
            problems.add(file + ": fields", "expected a mapping of root field name to ja, en and type");
            return;
        }
        FieldReader reader = new FieldReader(problems, codeLists, Map.of());
        for (Map.Entry<String, JsonNode> entry : fields.properties()) {
            reader.rootField(file + ": fields.", entry.getKey(), entry.getValue())
                    .ifPresent(field -> root.put(entry.getKey(), field));
        }
    }

    /** {@code precedence: {estimatedArrival: [COLINS, EDIFACT], …}}: single-valued root fields, each source once. */
    private RootPrecedence precedence(JsonNode tree, Map<String, RootField> root) {
        JsonNode node = tree.path("precedence");
        if (node.isMissingNode() || node.isNull()) {
            return RootPrecedence.ALL_EQUAL;
        }
        String where = DocumentDefinitions.ROOT_FILE + ": precedence";
        if (!node.isObject()) {
            problems.add(where, "expected a mapping of root field name to a list of sources, strongest first");
            return RootPrecedence.ALL_EQUAL;
        }
        Map<String, List<RootSource>> byField = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String field = entry.getKey();
            RootField rootField = root.get(field);
            if (rootField == null) {
                problems.add(where + "." + field, "not a root field");
                continue;
            }
            if (rootField.many()) {
                problems.add(where + "." + field, "has several values per deal, kept in the documents' rows;"
                        + " only single-valued fields have a precedence");
            }
            List<RootSource> sources = new ArrayList<>();
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                problems.add(where + "." + field, "expected a list of sources, strongest first, e.g. [COLINS, EDIFACT]");
            }
            for (JsonNode name : entry.getValue()) {
                try {
                    RootSource source = RootSource.valueOf(name.asText());
                    if (sources.contains(source)) {
                        problems.add(where + "." + field, source + " is listed twice");
                    }
                    sources.add(source);
                } catch (IllegalArgumentException e) {
                    problems.add(where + "." + field, "'" + name.asText() + "' is not a source; one of "
                            + List.of(RootSource.values()));
                }
            }
            byField.put(field, List.copyOf(sources));
        }
        return new RootPrecedence(byField);
    }

    private Optional<DocumentDefinition> type(String file, DocumentType type, JsonNode tree, FieldReader reader) {
        String prefix = file + ": " + type + ": ";
        problems.unknownKeys(file + ": " + type, tree, TYPE_KEYS);
        String code = tree.path("code").asText("");
        if (!code.equals(type.name())) {
            problems.add(file + ": " + type, "code is '" + code + "'; the file " + file + " defines " + type);
        }
        String ja = problems.text(file + ": " + type, tree, "ja").orElse(null);
        String en = problems.text(file + ": " + type, tree, "en").orElse(null);
        if (ja == null || en == null) {
            problems.add(file + ": " + type, "needs 'ja' and 'en', the names users read");
        }
        Set<Direction> directions = directions(file + ": " + type, tree.path("directions"));
        var fields = reader.fields(prefix, "", tree.get("fields"), false);
        RecordBackedTypes.recordOf(type).ifPresent(record -> new RecordConsistency(problems).check(prefix, record, fields));
        return Optional.of(new DocumentDefinition(type, ja, en, directions, fields));
    }

    private Set<Direction> directions(String where, JsonNode list) {
        Set<Direction> directions = EnumSet.noneOf(Direction.class);
        if (!list.isArray() || list.isEmpty()) {
            problems.add(where, "'directions' must list export, import or both");
            return directions;
        }
        for (JsonNode direction : list) {
            try {
                directions.add(Direction.valueOf(direction.asText().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(where, "direction '" + direction.asText() + "' is neither export nor import");
            }
        }
        return directions;
    }

    private void crossChecks(Map<String, RootField> root, Set<DocumentType> triggers,
                             Map<DocumentType, DocumentDefinition> definitions) {
        Set<String> used = new HashSet<>();
        definitions.values().forEach(d -> d.sharedMarkers().forEach(marker -> used.add(marker.root())));
        root.keySet().stream().filter(name -> !used.contains(name)).forEach(name ->
                problems.add(DocumentDefinitions.ROOT_FILE + ": fields." + name, "no document type shares it"));
        for (DocumentType trigger : triggers) {
            DocumentDefinition definition = definitions.get(trigger);
            if (definition != null && definition.sharedMarkers().stream().allMatch(m -> m.pointer() == null)) {
                problems.add(DocumentDefinitions.ROOT_FILE + ": editLock.triggers",
                        trigger + " shares no single-valued field, so sending it would lock nothing");
            }
        }
    }

    private Optional<DocumentType> type(String where, String code) {
        try {
            return Optional.of(DocumentType.valueOf(code));
        } catch (IllegalArgumentException e) {
            problems.add(where, "'" + code + "' is not a document type code (UL010 … UL490)");
            return Optional.empty();
        }
    }
}

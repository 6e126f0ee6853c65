package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootPrecedence;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every document type's definition (帳票定義), the root document's fields and the code lists, read from
 * {@code config/documents/}: {@code root.yml}, {@code code-lists.yml} and {@code types/ULxxx.yml}, one file
 * per type. Loading refuses unusable files with every problem named by file, type and field path; a
 * loaded set validates documents' JSON fields.
 */
public final class DocumentDefinitions {

    public static final String DEFAULT_LOCATION = "classpath:documents";
    static final String ROOT_FILE = "root.yml";
    static final String CODE_LISTS_FILE = "code-lists.yml";
    private static final String CLASSPATH = "classpath:";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String location;
    private final Map<String, CodeList> codeLists;
    private final Map<String, RootField> rootFields;
    private final Set<DocumentType> editLockTriggers;
    private final RootPrecedence precedence;
    private final Map<DocumentType, DocumentDefinition> definitions;

    DocumentDefinitions(String location, Map<String, CodeList> codeLists, Map<String, RootField> rootFields,
                        Set<DocumentType> editLockTriggers, RootPrecedence precedence,
                        Map<DocumentType, DocumentDefinition> definitions) {
        this.location = location;
        this.precedence = precedence;
        this.codeLists = Collections.unmodifiableMap(new LinkedHashMap<>(codeLists));
        this.rootFields = Collections.unmodifiableMap(new LinkedHashMap<>(rootFields));
        this.editLockTriggers = editLockTriggers.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(editLockTriggers));
        this.definitions = Collections.unmodifiableMap(new EnumMap<>(definitions));
    }

    /**
     * Loads the folder at {@code location}: {@code classpath:documents} or a directory path; null or blank
     * → the default.
     *
     * @throws InvalidDocumentDefinitionException listing every problem
     */
    public static DocumentDefinitions load(String location) {
        String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        return parse(where, file -> read(where, file), EnumSet.allOf(DocumentType.class));
    }

    /**
     * Reads definitions from named texts ({@code root.yml}, {@code code-lists.yml}, {@code types/UL010.yml}, …).
     *
     * @param files    the text of a file by its path under the folder, empty when there is none
     * @param required the types that must have a definition (all of them, outside tests)
     */
    static DocumentDefinitions parse(String location, Function<String, Optional<String>> files,
                                     Set<DocumentType> required) {
        return new DefinitionFilesReader(location, files).read(required);
    }

    public String location() {
        return location;
    }

    public DocumentDefinition definition(DocumentType type) {
        DocumentDefinition definition = definitions.get(type);
        if (definition == null) {
            throw new IllegalArgumentException("no definition of " + type + " in " + location);
        }
        return definition;
    }

    /** Every definition, in code order. */
    public List<DocumentDefinition> all() {
        return List.copyOf(definitions.values());
    }

    /** The root document's fields in the order root.yml lists them. */
    public List<RootField> rootFields() {
        return List.copyOf(rootFields.values());
    }

    public Optional<RootField> rootField(String name) {
        return Optional.ofNullable(rootFields.get(name));
    }

    public Map<String, CodeList> codeLists() {
        return codeLists;
    }

    /** The document types whose sending locks the fields they share (編集ロック). */
    public Set<DocumentType> editLockTriggers() {
        return editLockTriggers;
    }

    /** Which source's value wins when two give a root field different values (root.yml's precedence). */
    public RootPrecedence rootPrecedence() {
        return precedence;
    }

    /** Every problem of a document's JSON fields against its type's definition; empty when valid. */
    public List<FieldProblem> validate(DocumentType type, JsonNode fields) {
        return FieldValidator.validate(definition(type).fields(), fields);
    }

    static JsonNode yaml(String text) throws IOException {
        return YAML.readTree(text);
    }

    private static Optional<String> read(String location, String file) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length()) + "/" + file;
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = (loader != null ? loader : DocumentDefinitions.class.getClassLoader())
                        .getResourceAsStream(resource)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            Path path = Path.of(location).resolve(file);
            return Files.isRegularFile(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " in " + location, e);
        }
    }

    @Override
    public String toString() {
        return "DocumentDefinitions[" + location + ", " + definitions.size() + " types]";
    }
}

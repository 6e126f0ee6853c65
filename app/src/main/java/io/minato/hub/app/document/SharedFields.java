package io.minato.hub.app.document;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.RootField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields documents of a deal share (連携項目) as the edit lock sees them: the root document's
 * single-valued fields (root.yml) and, per document type, the JSON pointer of the field its definition
 * marks {@code shared}. Fields with several values per deal (container and seal numbers) sit in rows
 * and have no single pointer; the lock leaves them to the root document.
 */
public final class SharedFields {

    private final Set<DocumentType> triggers;
    private final List<SharedField> fields;

    private SharedFields(Set<DocumentType> triggers, List<SharedField> fields) {
        this.triggers = triggers;
        this.fields = List.copyOf(fields);
    }

    /**
     * One field several document types carry.
     *
     * @param name  the root field's name, e.g. {@code vesselName}
     * @param ja    what users read in Japanese (本船名)
     * @param en    the same in English
     * @param paths its JSON pointer in each document type that has it
     */
    public record SharedField(String name, String ja, String en, Map<DocumentType, String> paths) {

        public Optional<String> pathIn(DocumentType type) {
            return Optional.ofNullable(paths.get(type));
        }
    }

    public static SharedFields of(DocumentDefinitions definitions) {
        List<SharedField> fields = new ArrayList<>();
        for (RootField root : definitions.rootFields()) {
            if (root.many()) {
                continue;
            }
            Map<DocumentType, String> paths = new EnumMap<>(DocumentType.class);
            for (DocumentDefinition definition : definitions.all()) {
                definition.sharedMarkers().stream()
                        .filter(marker -> marker.root().equals(root.name()) && marker.pointer() != null)
                        .findFirst()
                        .ifPresent(marker -> paths.put(definition.type(), topLevel(definition, marker.pointer())));
            }
            fields.add(new SharedField(root.name(), root.field().ja(), root.field().en(), Map.copyOf(paths)));
        }
        return new SharedFields(definitions.editLockTriggers(), fields);
    }

    /** The root document writes shared values as a patch of a document's top-level fields. */
    private static String topLevel(DocumentDefinition definition, String pointer) {
        if (pointer.indexOf('/', 1) > 0) {
            throw new IllegalStateException(definition.type() + ": shared field " + pointer + " sits inside a group;"
                    + " a field shared with the root document must be a top-level field of its type");
        }
        return pointer;
    }

    public Set<DocumentType> triggers() {
        return triggers;
    }

    /** The single-valued root field of this name. */
    public SharedField field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no single-valued root field '" + name + "'"));
    }

    /** The shared fields a document of the type carries. */
    public List<SharedField> fieldsOf(DocumentType type) {
        return fields.stream().filter(field -> field.paths().containsKey(type)).toList();
    }
}

package io.minato.hub.mappings.document.definition;

import io.minato.hub.mappings.document.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a document type (帳票) carries: its names, which side of a deal it belongs to, and its fields.
 *
 * @param type       the code, UL010 … UL490
 * @param ja         its Japanese name, e.g. 船積依頼書 (S/I)
 * @param en         its English name
 * @param directions export, import or both
 * @param fields     its fields in the order forms show them
 */
public record DocumentDefinition(DocumentType type, String ja, String en, Set<Direction> directions,
                                 List<FieldDefinition> fields) {

    public DocumentDefinition {
        directions = Set.copyOf(directions);
        fields = List.copyOf(fields);
    }

    /**
     * A field marked as shared with the root document, where it sits.
     *
     * @param root    the root field's name
     * @param pointer the JSON pointer (RFC 6901) of the field in the document, e.g. {@code /shipper}; null
     *                when it sits inside a repeat (one value per row)
     * @param path    where it sits in the definition, e.g. {@code containers[].containerNo}
     */
    public record SharedMarker(String root, String pointer, String path) {
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** Every field marked {@code shared}, nested ones included, in definition order. */
    public List<SharedMarker> sharedMarkers() {
        List<SharedMarker> markers = new ArrayList<>();
        collect(fields, "", "", false, markers);
        return List.copyOf(markers);
    }

    private static void collect(List<FieldDefinition> fields, String pointer, String path, boolean inRepeat,
                                List<SharedMarker> markers) {
        for (FieldDefinition field : fields) {
            String childPointer = pointer + "/" + field.name();
            String childPath = path.isEmpty() ? field.name() : path + "." + field.name();
            if (field.shared() != null) {
                markers.add(new SharedMarker(field.shared(), inRepeat ? null : childPointer, childPath));
            }
            if (field.type() == FieldType.GROUP) {
                collect(field.fields(), childPointer, childPath, inRepeat, markers);
            } else if (field.type() == FieldType.REPEAT) {
                collect(field.fields(), childPointer, childPath + "[]", true, markers);
            }
        }
    }
}

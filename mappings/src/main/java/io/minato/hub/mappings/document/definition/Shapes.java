package io.minato.hub.mappings.document.definition;

import java.util.Objects;

/** Whether a document's field can hold exactly what the root field it shares holds. */
final class Shapes {

    private Shapes() {
    }

    /** What differs, said for the error message; null when the field fits the root field. */
    static String mismatch(FieldDefinition field, FieldDefinition root) {
        if (field.type() != root.type()) {
            return "its type is " + field.type().yamlName() + " and the root field's is " + root.type().yamlName();
        }
        return switch (field.type()) {
            // values travel both ways between the document and the root: neither may cut the other's
            case TEXT -> Objects.equals(field.maxLength(), root.maxLength()) ? null
                    : "it holds at most " + field.maxLength() + " characters and the root field " + root.maxLength();
            case NUMBER -> Objects.equals(field.scale(), root.scale()) ? null
                    : "its scale is " + field.scale() + " and the root field's is " + root.scale();
            case CODE -> sameCodes(field.codes(), root.codes()) ? null : "its codes differ from the root field's";
            default -> null;
        };
    }

    private static boolean sameCodes(CodeList field, CodeList root) {
        if (field == null || root == null) {
            return field == root;
        }
        if (field.name() != null && root.name() != null) {
            return field.name().equals(root.name());
        }
        return field.codes().equals(root.codes()) && Objects.equals(field.pattern(), root.pattern());
    }
}

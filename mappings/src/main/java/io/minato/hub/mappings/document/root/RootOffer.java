package io.minato.hub.mappings.document.root;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A shared field as one write of a document has it.
 *
 * @param field  the root field's name
 * @param value  its value after the write; null or JSON null when empty
 * @param before its value in the document before the write; null when the write creates the document
 */
public record RootOffer(String field, JsonNode value, JsonNode before) {

    boolean empty() {
        return isEmpty(value);
    }

    /** Whether the write gives the field a value it did not have in the document. */
    boolean changed() {
        return before == null || !RootValues.same(before, value);
    }

    boolean creating() {
        return before == null;
    }

    static boolean isEmpty(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() || (node.isTextual() && node.asText().isBlank())
                || (node.isContainerNode() && node.isEmpty());
    }
}

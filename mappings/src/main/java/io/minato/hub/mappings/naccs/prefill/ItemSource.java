package io.minato.hub.mappings.naccs.prefill;

import io.minato.hub.mappings.document.DocumentType;

/**
 * Where a prefilled item's value came from: a document and the JSON pointer of the field (or of
 * the fields a value was computed from, e.g. {@code /goods/*&#47;packages} for a total).
 */
public record ItemSource(long documentId, DocumentType documentType, String pointer) {

    @Override
    public String toString() {
        return documentType + "#" + documentId + " " + pointer;
    }
}

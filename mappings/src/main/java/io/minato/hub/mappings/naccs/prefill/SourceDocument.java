package io.minato.hub.mappings.naccs.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import java.util.Objects;

/**
 * One document a prefill reads, as the JSON tree of its fields, so that a prefill works for every
 * document type whether or not it has a typed record.
 */
public record SourceDocument(long id, DocumentType type, JsonNode fields) {

    public SourceDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
    }

    /** Where a value at this JSON pointer of this document came from. */
    public ItemSource at(String pointer) {
        return new ItemSource(id, type, pointer);
    }
}

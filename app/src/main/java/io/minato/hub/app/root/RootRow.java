package io.minato.hub.app.root;

import java.time.OffsetDateTime;

/** A root field's current value as stored, with its source (JSON value as text). */
record RootRow(String field, String value, String source, Long sourceDocumentId, String sourceDocumentType,
               Long sourceWireMessageId, String sourcePosition, String sourceActor, OffsetDateTime setAt) {
}

package io.minato.hub.app.document;

import java.time.OffsetDateTime;

/** A document as stored: typed fields kept as JSON. */
public record DocumentRow(long id, long dealId, String type, int version, String etag, String status,
                          String fields, Long sourceMessageId, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}

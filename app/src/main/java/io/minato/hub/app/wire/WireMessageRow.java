package io.minato.hub.app.wire;

import java.time.OffsetDateTime;

/** A wire message as stored; correlation kept as JSON text. */
public record WireMessageRow(long id, String channel, String direction, String partner, String status,
                             String contentType, String fileName, byte[] raw, String correlation, String reason,
                             Long dealId, Long documentId, int attempts, OffsetDateTime receivedAt,
                             OffsetDateTime processedAt, String ackExpected, String ackStatus,
                             OffsetDateTime ackDueAt, Long ackWireMessageId, String ackDetail,
                             long rawSize) {
}

package io.minato.hub.mappings.wire;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * 電文 (wire message): every message in or out, the one place to find what happened to it.
 *
 * @param raw     the bytes as received or sent; for a message read to be processed
 *                ({@link WireMessageStore#startAttempt}) and larger than the store keeps inline, only
 *                its head: read the whole through {@link WireMessageStore#openRaw}
 * @param ack     the acknowledgement an outbound EDIFACT interchange awaits and got; null where none is tracked
 * @param rawSize the size of the whole raw message in bytes
 */
public record WireMessage(long id, Channel channel, WireDirection direction, String partner, WireStatus status,
                          String contentType, String fileName, byte[] raw, Map<String, String> correlation,
                          String reason, Long dealId, Long documentId, int attempts,
                          OffsetDateTime receivedAt, OffsetDateTime processedAt, AckTracking ack, long rawSize) {

    /** Whether {@link #raw()} holds the whole message, not only its head. */
    public boolean rawComplete() {
        return raw != null && raw.length == rawSize;
    }
}

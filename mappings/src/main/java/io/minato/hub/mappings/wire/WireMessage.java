package io.minato.hub.mappings.wire;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * 電文 (wire message): every message in or out, the one place to find what happened to it.
 *
 * @param ack the acknowledgement an outbound EDIFACT interchange awaits and got; null where none is tracked
 */
public record WireMessage(long id, Channel channel, WireDirection direction, String partner, WireStatus status,
                          String contentType, String fileName, byte[] raw, Map<String, String> correlation,
                          String reason, Long dealId, Long documentId, int attempts,
                          OffsetDateTime receivedAt, OffsetDateTime processedAt, AckTracking ack) {
}

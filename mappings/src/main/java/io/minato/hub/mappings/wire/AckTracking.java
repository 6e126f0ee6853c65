package io.minato.hub.mappings.wire;

import java.time.OffsetDateTime;

/**
 * What an outbound interchange expects back and what came.
 *
 * @param dueAt            when a PENDING acknowledgement becomes OVERDUE; null if none is expected
 * @param ackWireMessageId the inbound wire message that carried the acknowledgement, once one came
 * @param detail           what it said, in words (outcome, error codes translated, positions)
 */
public record AckTracking(AckExpected expected, AckStatus status, OffsetDateTime dueAt, Long ackWireMessageId,
                          String detail) {
}

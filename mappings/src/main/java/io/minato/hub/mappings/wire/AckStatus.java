package io.minato.hub.mappings.wire;

/**
 * Where an outbound interchange stands with its acknowledgement. PENDING until one arrives or its
 * due time passes (OVERDUE); a late acknowledgement still records what it says.
 */
public enum AckStatus {
    PENDING,
    ACCEPTED,
    /** Accepted, some of its messages rejected. */
    PARTIALLY_ACCEPTED,
    REJECTED,
    /** Received (CONTRL action 8), nothing said about syntax or content. */
    RECEIVED,
    OVERDUE,
    /** The partner sends no acknowledgement, or the interchange is one itself (a CONTRL is never acknowledged). */
    NOT_EXPECTED
}

package io.minato.hub.mappings.edifact.ack;

/** What an acknowledgement says of the interchange it answers. */
public enum AckOutcome {
    ACCEPTED,
    /** Accepted, but some of its messages rejected (CONTRL UCI 7 with a UCM 4; APERAK "CA"). */
    PARTIALLY_ACCEPTED,
    REJECTED,
    /** Received, nothing said about its syntax or content (CONTRL action 8). */
    RECEIVED
}

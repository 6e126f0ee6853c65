package io.minato.hub.mappings.edifact.ack;

/** The acknowledgement messages a partner answers our interchanges with. */
public enum AckKind {
    /** Syntax and service report: did the interchange and its messages pass syntax checks. */
    CONTRL,
    /** Application error and acknowledgement: did the partner's application accept the content. */
    APERAK
}

package io.minato.hub.mappings.wire;

/** The acknowledgement an outbound interchange awaits from its partner. */
public enum AckExpected {
    CONTRL, APERAK, NONE
}

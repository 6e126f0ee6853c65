package io.minato.hub.mappings.wire;

/** Whether a wire message came in or went out. */
public enum WireDirection {
    IN, OUT
}

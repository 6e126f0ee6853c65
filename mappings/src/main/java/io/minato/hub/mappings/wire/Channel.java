package io.minato.hub.mappings.wire;

/** The way a message entered or left the hub. */
public enum Channel {
    /** EDIFACT interchange dropped in the file inbox. */
    EDIFACT_FILE,
    /** NACCS message by SMTP two-way (SMTP双方向). */
    NACCS_SMTP
}

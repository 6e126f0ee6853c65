package io.minato.hub.mappings.partner;

/** Which acknowledgements a partner wants from us for what it sends. */
public enum Acknowledgement {
    NONE, CONTRL, APERAK, CONTRL_AND_APERAK
}

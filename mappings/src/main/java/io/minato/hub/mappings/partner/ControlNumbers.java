package io.minato.hub.mappings.partner;

import io.minato.hub.mappings.wire.WireDirection;

/**
 * Interchange control numbers (UNB 0020) per partner, direction and test/production: each number
 * is handed out once, never reused, also across several hub instances sharing one database.
 */
public interface ControlNumbers {

    long next(String partnerCode, WireDirection direction, boolean test);
}

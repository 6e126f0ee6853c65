package io.minato.hub.mappings.deal;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;

/**
 * A message that reports on a deal the hub does not have (a status for an unknown booking, a gate
 * move of a container no deal carries). Permanent, and an application-level rejection: the sender
 * hears it in an APERAK; once the deal exists the archived message can be re-processed.
 */
public class UnknownDealException extends MappingException {

    private final DealKey key;

    public UnknownDealException(EdiPosition position, DealKey key) {
        super(position, "no deal with " + key.describe() + " is known to the hub");
        this.key = key;
    }

    public DealKey key() {
        return key;
    }
}

package io.minato.hub.mappings.deal;

import java.util.List;

/** Applies what inbound messages say to their deals. */
public interface DealUpdateStore {

    /**
     * Applies every update of one message in one transaction: finds each deal by its key (creating
     * it where the update may), stores the document (a later one of the same type in the same deal
     * is a new version of it), records the events and container numbers. Idempotent on {@code key}:
     * a message key seen before writes nothing and answers the earlier result with
     * {@code duplicate = true}.
     *
     * @return where the last update ended up
     * @throws UnknownDealException when an update must find its deal and none matches; nothing is written
     */
    StoredDocument apply(List<DealUpdate> updates, MessageKey key, long wireMessageId);
}

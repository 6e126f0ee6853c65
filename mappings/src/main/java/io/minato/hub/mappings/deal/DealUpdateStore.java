package io.minato.hub.mappings.deal;

import java.util.List;

/** Applies what inbound messages say to their deals. */
public interface DealUpdateStore {

    /**
     * Applies every update of one message in one transaction: finds each deal by its key (creating
     * it where the update may), stores the document (a later one of the same type in the same deal
     * is a new version of it), records the events and container numbers, and adds the known parties
     * the update names as the deal's participants. Idempotent on {@code key}:
     * a message key seen before writes nothing and answers the earlier result with
     * {@code duplicate = true}.
     *
     * @return where the last update ended up
     * @throws UnknownDealException when an update must find its deal and none matches; nothing is written
     * @throws io.minato.hub.mappings.party.UnknownPartyException when an update names customer-role
     *         parties and none is in the party table ({@link io.minato.hub.mappings.party.ParticipantRule});
     *         nothing is written
     */
    StoredDocument apply(List<DealUpdate> updates, MessageKey key, long wireMessageId);

    /**
     * Applies every message of one interchange in one transaction, as {@link #apply} each: a
     * terminal's interchange of hundreds of gate moves costs one commit, not hundreds, and is
     * applied whole or not at all.
     *
     * @return per message, in order, where it ended up
     */
    List<StoredDocument> applyAll(List<MessageUpdates> messages, long wireMessageId);

    /** One message's updates and the key that makes it unique. */
    record MessageUpdates(MessageKey key, List<DealUpdate> updates) {
    }
}

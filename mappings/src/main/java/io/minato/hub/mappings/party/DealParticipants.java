package io.minato.hub.mappings.party;

import java.util.List;
import java.util.Map;

/** Which organizations take part in a deal, in which roles (取引の参加者). */
public interface DealParticipants {

    /**
     * Adds the participants a message named. Idempotent: a party already on the deal in that role is
     * left as it is (keeping the message that first added it), so reprocessing or a later document
     * naming the same parties adds nothing. Joins the caller's transaction when there is one.
     *
     * @param wireMessageId the message that named them, or null when a person added them
     */
    default void addParticipants(long dealId, List<ResolvedParticipant> participants, Long wireMessageId) {
        addParticipants(Map.of(dealId, participants), wireMessageId);
    }

    /**
     * {@link #addParticipants(long, List, Long)} for the deals of a whole interchange at once: as many
     * statements as for one deal, whatever the number of deals.
     *
     * @param byDeal the participants named, by deal id
     */
    void addParticipants(Map<Long, List<ResolvedParticipant>> byDeal, Long wireMessageId);
}

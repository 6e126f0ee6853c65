package io.minato.hub.mappings.party;

import java.util.Optional;

/**
 * The party table: which organization a message means when it names a party.
 *
 * <p>How an inbound mapping uses it, for every NAD it keeps (and the UNB sender where the sender
 * matters), inside the transaction that stores the document:
 * <pre>{@code
 * PartyReference carrier = NadParty.reference(nad, segments.at(nad));  // or PartyReference.of(role, party, scheme)
 * ResolvedParty party = directory.require(carrier);                    // UnknownPartyException if nobody
 * participants.addParticipants(dealId, List.of(new ResolvedParticipant("CA", party)), wireMessageId);
 * }</pre>
 * Resolve every party before writing anything, and let {@link UnknownPartyException} (permanent,
 * {@code isTransient() == false}) reject the message: it is parked with the exception's text, which
 * tells a person what to register; {@code POST /api/v1/messages/{id}/reprocess} then applies it.
 * A party the mapping deliberately does not keep (e.g. a consignee abroad that is no organization on
 * the hub) is simply not resolved: that is the mapping's decision, never a failed lookup ignored.
 */
public interface PartyDirectory {

    /**
     * The organization the reference means: by its identifier (scheme + value) if it has one that is
     * registered; else by its normalized name with its postcode, with its city, then with no address
     * ({@link PartyNames#candidates}). An identifier that is sent but unknown does not stop the name
     * lookup: partners send ids nobody registered yet alongside perfectly good names.
     */
    Optional<ResolvedParty> resolve(PartyReference reference);

    /** {@link #resolve} or a permanent, explained failure. */
    default ResolvedParty require(PartyReference reference) {
        return resolve(reference).orElseThrow(() -> new UnknownPartyException(reference));
    }
}

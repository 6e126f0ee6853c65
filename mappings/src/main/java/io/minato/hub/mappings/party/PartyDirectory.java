package io.minato.hub.mappings.party;

import java.util.Optional;

/**
 * The party table: which organization a message means when it names a party.
 *
 * <p>How an inbound flow uses it (IFTMBC, IFTMAN, IFTMCS and COPARN carry their references in
 * {@code DealUpdate.parties()}; the deal store resolves them and {@link ParticipantRule} decides which
 * unknown party rejects the message):
 * <ol>
 *   <li>In the mapping ({@code mappings.edifact}, beside {@code NadParty.of}), make a reference of
 *       every NAD the document keeps: {@code NadParty.reference(nad, segments.at(nad))}; carry them
 *       with the mapped document (e.g. a {@code List<PartyReference>}). For the UNB sender, where it
 *       matters, {@link PartyReference#unbSender}; for a party of a JSON document,
 *       {@link PartyReference#of(String, io.minato.hub.mappings.document.Party, String)}.</li>
 *   <li>Before writing anything, resolve them all: {@code directory.require(reference)}. An
 *       {@link UnknownPartyException} is permanent ({@code isTransient() == false}): the message is
 *       rejected and parked with the exception's text, which says what was looked up and what to
 *       register; once registered, {@code POST /api/v1/messages/{id}/reprocess} applies it.</li>
 *   <li>In the store's transaction, once the deal is found or created (booking no. + carrier):
 *       <pre>{@code
 * participants.addParticipants(dealId,
 *         List.of(new ResolvedParticipant("CA", carrier), new ResolvedParticipant("CZ", shipper)),
 *         wireMessageId);
 *       }</pre>
 *       It is idempotent, so a duplicate or reprocessed message adds nothing.</li>
 * </ol>
 * A party the mapping deliberately does not keep (e.g. a consignee abroad that is no organization
 * on the hub) is simply not resolved: that is the mapping's decision, never a failed lookup ignored.
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

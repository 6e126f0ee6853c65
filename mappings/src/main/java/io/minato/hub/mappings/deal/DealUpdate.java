package io.minato.hub.mappings.deal;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.List;

/**
 * What one inbound message does to one deal: a document to store (a later one of the same type
 * replaces its fields as a new version), events for the timeline, containers the deal carries, and
 * the parties the message names, who become the deal's participants (取引の参加者).
 *
 * @param key            how the deal is found
 * @param createIfAbsent whether the message may open the deal (a booking confirmation, an arrival
 *                       notice) or must find an existing one (a status or gate message)
 * @param documentType   type of {@code document}; null when the message only reports events
 * @param document       the typed document record (serialized as the document's fields); null with no type
 * @param documentSubject what tells apart documents of this type in one deal (e.g. {@code MSCU1234565 GATE_IN}
 *                        for an EIR per container and movement); null when the deal has one of the type
 * @param events         timeline entries, possibly none
 * @param containerNos   container numbers the deal is to be found by from now on
 * @param keySource      the segment the key was read from, for "unknown booking" errors
 * @param parties        the parties the message names (its NADs, the UNB sender where it stands for the
 *                       carrier), in message order; resolved against the party table when applied.
 *                       Empty for messages that only report events: they add no participants
 */
public record DealUpdate(DealKey key, boolean createIfAbsent, DocumentType documentType, Object document,
                         String documentSubject, List<DealEvent> events, List<String> containerNos, EdiPosition keySource,
                         List<PartyReference> parties) {

    public DealUpdate {
        if ((documentType == null) != (document == null) || (documentType == null && documentSubject != null)) {
            throw new IllegalArgumentException("a document needs its type and a type its document");
        }
        events = events == null ? List.of() : List.copyOf(events);
        containerNos = containerNos == null ? List.of() : List.copyOf(containerNos);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** An update naming no party. */
    public DealUpdate(DealKey key, boolean createIfAbsent, DocumentType documentType, Object document,
                      String documentSubject, List<DealEvent> events, List<String> containerNos, EdiPosition keySource) {
        this(key, createIfAbsent, documentType, document, documentSubject, events, containerNos, keySource, List.of());
    }

    /** A document that opens its deal when the deal does not exist yet. */
    public static DealUpdate document(DealKey key, DocumentType type, Object document, List<String> containerNos,
                                      EdiPosition keySource) {
        return new DealUpdate(key, true, type, document, null, List.of(), containerNos, keySource);
    }

    /** Events for a deal that must exist already. */
    public static DealUpdate events(DealKey key, List<DealEvent> events, EdiPosition keySource) {
        return new DealUpdate(key, false, null, null, null, events, List.of(), keySource);
    }

    /** The same update naming these parties instead. */
    public DealUpdate withParties(List<PartyReference> parties) {
        return new DealUpdate(key, createIfAbsent, documentType, document, documentSubject, events, containerNos,
                keySource, parties);
    }
}

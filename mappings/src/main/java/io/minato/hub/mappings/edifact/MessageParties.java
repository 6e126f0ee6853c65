package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The parties a document message names, as references for the party table: the first NAD of each
 * role the document keeps (the one its document fields are read from), and the UNB sender as the
 * carrier when the deal's carrier is the sender because the message names none.
 */
final class MessageParties {

    private MessageParties() {
    }

    /**
     * @param carrierFromSender whether the deal key's carrier is the UNB sender (no NAD+CA, no TDT
     *                          carrier): the sender is then the carrier, and only then; an INTTRA
     *                          relaying a carrier's message is no carrier
     * @param roles             3035 qualifiers the document keeps, in the order they are reported
     */
    static List<PartyReference> of(MessageView message, boolean carrierFromSender, String... roles) {
        List<PartyReference> parties = new ArrayList<>();
        for (String role : roles) {
            message.nad(role).ifPresent(nad -> parties.add(reference(message, nad)));
        }
        if (carrierFromSender && message.nad("CA").isEmpty()) {
            InterchangeHeader header = message.header();
            parties.add(PartyReference.unbSender("CA", header.senderId(), header.senderQualifier(),
                    EdiPosition.segment(1, "UNB").withReferences(header.controlReference(), message.messageRef())));
        }
        return parties;
    }

    private static PartyReference reference(MessageView message, Element nad) {
        return NadParty.reference(nad, message.at(nad));
    }
}

package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.edifact.write.MessageBody;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import java.time.LocalDateTime;

/**
 * An application rejection → APERAK D99B: BGM 313 (application error message) with function 27
 * (not accepted); the rejected message as DOC (its type and document number, where it had one);
 * RFF ACW naming the interchange (1154 = UNB 0020) and the message in it (1156 = UNH 0062) so
 * the partner can match without parsing text; the error as ERC with its 9321 code and FTX AAO.
 */
final class AperakWriter implements DocumentMessage<ApplicationRejection> {

    static final MessageIdentifier APERAK_D99B = new MessageIdentifier("APERAK", "D", "99B", "UN");

    @Override
    public MessageIdentifier identifier() {
        return APERAK_D99B;
    }

    @Override
    public void write(ApplicationRejection rejection, MessageBody body, LocalDateTime preparedAt) {
        body.segment("BGM", simple("313"), simple(rejection.rejectionNo()), simple("27"));
        MessageParts.dateTime(body, "137", preparedAt);
        // C002 1000 (document name) carries the message type: 1001 codes name paper documents, not messages
        body.segment("DOC", composite(null, null, null, rejection.messageType()),
                composite(rejection.documentNo() != null ? rejection.documentNo() : rejection.messageRef()));
        body.segment("RFF", composite("ACW", rejection.interchangeRef(), rejection.messageRef()));
        body.segment("ERC", composite(rejection.errorCode()));
        // SG4 has room for one FTX
        MessageParts.text(body, "AAO", rejection.reason(), 1);
    }
}

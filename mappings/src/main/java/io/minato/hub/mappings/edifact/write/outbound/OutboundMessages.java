package io.minato.hub.mappings.edifact.write.outbound;

import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.edifact.write.InterchangeWriter;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents as the EDIFACT messages the hub sends for them, one message per interchange:
 * UL010 {@link BookingRequest} → IFTMBF D99B, UL040 {@link ShippingInstruction} → IFTMIN D99B,
 * UL440 {@link VgmReport} → VERMAS D16A, and the hub's own {@link ApplicationRejection} → APERAK
 * D99B. The directory is fixed per message type, not taken from the partner profile: the segment
 * layouts follow guides written for these directories (INTTRA D99B, SMDG VERMAS D16A), and a
 * partner's profile directory says what it writes, not what it reads.
 */
public final class OutboundMessages {

    private static final Map<Class<?>, DocumentMessage<?>> BY_DOCUMENT = Map.of(
            BookingRequest.class, new IftmbfWriter(),
            ShippingInstruction.class, new IftminWriter(),
            VgmReport.class, new VermasWriter(),
            ApplicationRejection.class, new AperakWriter());

    private OutboundMessages() {
    }

    /** The message a document of this class is sent as, if the hub can send it. */
    public static Optional<MessageIdentifier> messageFor(Class<?> documentClass) {
        return Optional.ofNullable(BY_DOCUMENT.get(documentClass)).map(DocumentMessage::identifier);
    }

    /**
     * Writes {@code document} as a one-message interchange in {@code envelope}.
     *
     * @throws IllegalArgumentException for a document class no message is written from
     * @throws io.minato.hub.mappings.edifact.write.InterchangeWriteException for a value the message
     *         or the charset cannot hold, naming the field
     */
    public static WrittenInterchange write(Object document, OutboundEnvelope envelope) {
        DocumentMessage<Object> message = messageOf(document);
        List<String> references = new ArrayList<>(1);
        byte[] bytes = InterchangeWriter.toBytes(envelope, writer -> references.add(writer.message(message.identifier(),
                body -> message.write(document, body, envelope.preparedAt()))));
        return new WrittenInterchange(bytes, envelope.controlReference(), message.identifier(), references);
    }

    @SuppressWarnings("unchecked") // BY_DOCUMENT pairs each class with the writer of that class
    private static DocumentMessage<Object> messageOf(Object document) {
        DocumentMessage<?> message = BY_DOCUMENT.get(document.getClass());
        if (message == null) {
            throw new IllegalArgumentException("no EDIFACT message is written from a " + document.getClass().getSimpleName()
                    + " (written: " + BY_DOCUMENT.keySet().stream().map(Class::getSimpleName).sorted().toList() + ")");
        }
        return (DocumentMessage<Object>) message;
    }
}

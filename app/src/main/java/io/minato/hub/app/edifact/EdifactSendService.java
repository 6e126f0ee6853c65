package io.minato.hub.app.edifact;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.TypedFields;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.edifact.write.InterchangeWriteException;
import io.minato.hub.mappings.edifact.write.outbound.OutboundMessages;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmReport;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.edifact.OutboundInterchanges;
import io.minato.hub.routes.edifact.OutboundInterchanges.DeliveryNotQueuedException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sends a deal's document to an EDI partner as the EDIFACT message its type maps to. Not one
 * transaction on purpose: the interchange is archived (committed) before it is queued, so a crash
 * in between leaves it in the archive to re-send, never queued without a record.
 */
@Service
class EdifactSendService {

    /** Document types sent as EDIFACT, and the record their fields are read as. */
    private static final Map<DocumentType, Class<?>> SENDABLE = Map.of(
            DocumentType.UL010, BookingRequest.class,
            DocumentType.UL040, ShippingInstruction.class,
            DocumentType.UL440, VgmReport.class);

    private final DocumentMapper documents;
    private final PartnerDirectory partners;
    private final TypedFields typedFields;
    private final OutboundInterchanges interchanges;
    private final WireMessageStore wireMessages;
    private final Events events;

    EdifactSendService(DocumentMapper documents, PartnerDirectory partners, TypedFields typedFields,
                       OutboundInterchanges interchanges, WireMessageStore wireMessages, Events events) {
        this.documents = documents;
        this.partners = partners;
        this.typedFields = typedFields;
        this.interchanges = interchanges;
        this.wireMessages = wireMessages;
        this.events = events;
    }

    /** Writes, archives and queues the document for the partner; answers the archived wire message. */
    WireMessage send(long dealId, long documentId, String partnerCode) {
        DocumentRow row = documents.find(documentId)
                .filter(document -> document.dealId() == dealId)
                .orElseThrow(() -> ApiException.notFound("document", documentId));
        DocumentType type = DocumentType.valueOf(row.type());
        Class<?> recordClass = SENDABLE.get(type);
        if (recordClass == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "documents of type " + type + " (" + type.englishName()
                    + ") are not sent as EDIFACT; sendable: " + sendable());
        }
        PartnerProfile partner = partners.findByCode(partnerCode)
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                        List.of(new FieldProblem("partner", "no EDI partner is registered as '" + partnerCode + "'"))));
        Object document = typedFields.read(row.fields(), recordClass);
        long id;
        try {
            id = interchanges.send(partner, document, dealId, documentId);
        } catch (InterchangeWriteException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "document " + documentId + " (" + type
                    + ") cannot be written as " + messageType(recordClass) + " for " + partner.code() + ": "
                    + e.getMessage(), e);
        } catch (DeliveryNotQueuedException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage() + "; re-send it with POST /api/v1/messages/"
                    + e.wireMessageId() + "/resend", e);
        }
        WireMessage sent = wireMessages.find(id).orElseThrow();
        events.record(EventType.DOCUMENT_SENT, dealId, documentId, id, Map.of("type", type.name(),
                "partner", partner.code(), "messageType", sent.correlation().get("messageType"),
                "interchangeRef", sent.correlation().get("interchangeRef")));
        return sent;
    }

    private static String messageType(Class<?> recordClass) {
        return OutboundMessages.messageFor(recordClass).map(id -> id.type()).orElseThrow();
    }

    /** {@code UL010 → IFTMBF, UL040 → IFTMIN, UL440 → VERMAS}, for the error that names a type not in it. */
    private static String sendable() {
        return new TreeMap<>(SENDABLE).entrySet().stream()
                .map(entry -> entry.getKey() + " → " + messageType(entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}

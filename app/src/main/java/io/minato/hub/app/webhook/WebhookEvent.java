package io.minato.hub.app.webhook;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recorded event awaiting fan-out to webhook targets.
 *
 * @param documentType the document's type code (UL040…) when the event is about a document
 */
public record WebhookEvent(long eventId, String type, Long dealId, String dealNumber, Long documentId,
                           String documentType, Long wireMessageId, String detail, OffsetDateTime occurredAt) {

    /** Cyber Port's six webhook events; the trigger in V13 lists the same names. */
    public static final List<String> TYPES = List.of("DEAL_CREATED", "ORGANIZATION_ADDED", "ORGANIZATION_REMOVED",
            "DOCUMENT_SENT", "DOCUMENT_DELETED", "NACCS_DATA_RECEIVED");
}

package io.minato.hub.app.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.DealParticipation;
import io.minato.hub.mappings.permission.Operation;
import org.springframework.stereotype.Component;

/**
 * THE hook deciding which companies learn of an event through their webhooks: a company must not
 * learn through a webhook what it may not read.
 *
 * <p>Candidates reach this class already restricted to the companies on the event's deal (its active
 * {@code deal_grants}) as they are when the event is dispatched, shortly after its transaction
 * committed; an event on no deal has no candidates. An event about a document goes only to companies
 * whose grant on the deal lets them read that document type (matrix defaults of the grant's business
 * types, weakened by its limits); the arrival or removal of a hidden participant only to the company
 * that invited it and to itself.
 */
@Component
public class WebhookAudience {

    private final DealAccess access;
    private final AccessPolicy policy;
    private final ObjectMapper json;
    private final DocumentMapper documents;

    WebhookAudience(DealAccess access, AccessPolicy policy, ObjectMapper json, DocumentMapper documents) {
        this.access = access;
        this.policy = policy;
        this.json = json;
        this.documents = documents;
    }

    /**
     * @param partyId   a company on the event's deal that has an active target for this event type
     * @param partyCode its code
     * @return whether that company may be told of the event
     */
    public boolean mayReceive(long partyId, String partyCode, WebhookEvent event) {
        if (event.dealId() == null) {
            return false;
        }
        DealParticipation participation = access.participation(event.dealId());
        if (hiddenFrom(partyCode, event)) {
            return false;
        }
        if (event.documentType() == null) {
            return true;
        }
        // a document restricted to named companies (限定公開) exists for nobody else, not even as an event
        if (event.documentId() != null && !documents.findIncludingDeleted(event.documentId())
                .map(row -> DocumentVisibility.visibleTo(partyId, partyCode, row)).orElse(true)) {
            return false;
        }
        return participation.participant(partyCode)
                .map(grant -> policy.rights(grant, DocumentType.valueOf(event.documentType())).covers(Operation.READ.required()))
                .orElse(false);
    }

    /** A hidden participant's arrival or removal is for its inviter and itself only. */
    private boolean hiddenFrom(String partyCode, WebhookEvent event) {
        if (event.detail() == null || !event.type().startsWith("ORGANIZATION_")) {
            return false;
        }
        try {
            JsonNode detail = json.readTree(event.detail());
            return detail.path("hidden").asBoolean(false)
                    && !partyCode.equals(detail.path("party").asText())
                    && !partyCode.equals(detail.path("invitedBy").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventId() + " has a detail that is not JSON", e);
        }
    }
}

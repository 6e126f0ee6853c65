package io.minato.hub.app.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.DealParticipation;
import io.minato.hub.mappings.permission.Operation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
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
 * that invited it and to itself. A removed company is no longer on the deal, yet it is told of its own
 * removal ({@link #removedParty}), as Cyber Port tells it.
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
     * Which of the candidates may be told of the event: the deal's grants, the document and the event's
     * detail are looked up once per event, not per candidate.
     *
     * @param candidates companies on the event's deal that have an active target for this event type
     */
    List<WebhookMapper.Candidate> receivers(WebhookEvent event, List<WebhookMapper.Candidate> candidates) {
        if (event.dealId() == null || candidates.isEmpty()) {
            return List.of();
        }
        JsonNode hidden = hiddenParticipant(event);
        Stream<WebhookMapper.Candidate> told = candidates.stream()
                .filter(candidate -> hidden == null || hidden.path("party").asText().equals(candidate.partyCode())
                        || hidden.path("invitedBy").asText().equals(candidate.partyCode()));
        if (event.documentType() == null) {
            return told.toList();
        }
        DocumentType type = DocumentType.valueOf(event.documentType());
        DealParticipation participation = access.participation(event.dealId());
        // a document restricted to named companies (限定公開) exists for nobody else, not even as an event
        Optional<DocumentRow> document = event.documentId() == null ? Optional.empty()
                : documents.findIncludingDeleted(event.documentId());
        return told
                .filter(candidate -> document.map(row -> DocumentVisibility.visibleTo(candidate.partyId(),
                        candidate.partyCode(), row)).orElse(true))
                .filter(candidate -> participation.participant(candidate.partyCode())
                        .map(grant -> policy.rights(grant, type).covers(Operation.READ.required()))
                        .orElse(false))
                .toList();
    }

    /** The company an ORGANIZATION_REMOVED event took off the deal; empty for any other event. */
    Optional<String> removedParty(WebhookEvent event) {
        if (!"ORGANIZATION_REMOVED".equals(event.type()) || event.detail() == null) {
            return Optional.empty();
        }
        String party = detail(event).path("party").asText("");
        return party.isEmpty() ? Optional.empty() : Optional.of(party);
    }

    /** The detail of a hidden participant's arrival or removal, which is for its inviter and itself only; else null. */
    private JsonNode hiddenParticipant(WebhookEvent event) {
        if (event.detail() == null || !event.type().startsWith("ORGANIZATION_")) {
            return null;
        }
        JsonNode detail = detail(event);
        return detail.path("hidden").asBoolean(false) ? detail : null;
    }

    private JsonNode detail(WebhookEvent event) {
        try {
            return json.readTree(event.detail());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventId() + " has a detail that is not JSON", e);
        }
    }
}

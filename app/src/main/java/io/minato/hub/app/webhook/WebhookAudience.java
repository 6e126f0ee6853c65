package io.minato.hub.app.webhook;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.Operation;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * THE hook deciding which companies learn of an event through their webhooks: a company must not
 * learn through a webhook what it may not read.
 *
 * <p>Candidates reach this class already restricted to the companies that take part in the event's
 * deal ({@code deal_participants}, plus the deal's owner {@code deals.owner_party_id}), as they are
 * when the event is dispatched, shortly after its transaction committed; an event on no deal has no
 * candidates. An event about a document goes only to companies the permission matrix lets read that
 * document type. Until grants are stored per deal participant (issue 5 continues), a participant
 * holds the business types its company registered, with the matrix defaults.
 */
@Component
public class WebhookAudience {

    private final WebhookMapper mapper;
    private final AccessPolicy policy;

    WebhookAudience(WebhookMapper mapper, AccessPolicy policy) {
        this.mapper = mapper;
        this.policy = policy;
    }

    /**
     * @param partyId a participant (or the owner) of the event's deal that has an active target for
     *                this event type
     * @return whether that company may be told of the event
     */
    public boolean mayReceive(long partyId, WebhookEvent event) {
        if (event.documentType() == null) {
            return true;
        }
        // a party known only from EDIFACT may have no business types registered: it holds NONE
        Set<BusinessType> businessTypes = mapper.partyBusinessTypes(partyId).stream()
                .map(BusinessType::valueOf).collect(Collectors.toSet());
        return policy.defaults(businessTypes, DocumentType.valueOf(event.documentType()))
                .covers(Operation.READ.required());
    }
}

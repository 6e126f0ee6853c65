package io.minato.hub.app.webhook;

import org.springframework.stereotype.Component;

/**
 * THE hook deciding which companies learn of an event through their webhooks: a company must not
 * learn through a webhook what it may not read.
 *
 * <p>Candidates reach this class already restricted to the companies that take part in the event's
 * deal ({@code deal_participants}, plus the deal's owner {@code deals.owner_party_id}), as they are
 * when the event is dispatched, shortly after its transaction committed; an event on no deal has no
 * candidates. The document-type permission matrix (issue 5, built in parallel) plugs in here: for
 * events about a document ({@link WebhookEvent#documentId()}, {@link WebhookEvent#documentType()}),
 * answer false when the company may not read that document type on that deal.
 */
@Component
public class WebhookAudience {

    /**
     * @param partyId a participant (or the owner) of the event's deal that has an active target for
     *                this event type
     * @return whether that company may be told of the event
     */
    public boolean mayReceive(long partyId, WebhookEvent event) {
        // until the permission matrix lands, taking part in the deal is the whole rule
        return true;
    }
}

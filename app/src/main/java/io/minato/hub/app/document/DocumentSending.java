package io.minato.hub.app.document;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.DealParticipation;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.ParticipantGrant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 送信: a document is sent to the deal's participants. It becomes SENT (the first send's time and
 * sender are kept: a trigger's edit lock dates from it) and a DOCUMENT_SENT event names the recipients,
 * the other participant companies that may read its type and see it; the webhook outbox tells them.
 */
@Service
class DocumentSending {

    private final DocumentService documents;
    private final DocumentMapper mapper;
    private final DealMapper deals;
    private final DealAccess access;
    private final DealGrantMapper grants;
    private final AccessPolicy policy;
    private final Events events;

    DocumentSending(DocumentService documents, DocumentMapper mapper, DealMapper deals, DealAccess access,
                    DealGrantMapper grants, AccessPolicy policy, Events events) {
        this.documents = documents;
        this.mapper = mapper;
        this.deals = deals;
        this.access = access;
        this.grants = grants;
        this.policy = policy;
        this.events = events;
    }

    @Transactional
    DocumentView send(Caller caller, long dealId, long documentId) {
        DocumentRow row = documents.visible(caller, dealId, documentId);
        DocumentType type = DocumentType.valueOf(row.type());
        access.check(caller, dealId, type, Operation.SEND);
        List<String> recipients = recipients(caller, row, type);
        if (mapper.markSent(documentId, caller.userId(), caller.name()) == 0) {
            throw ApiException.notFound("document", documentId);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", type.name());
        detail.put("by", caller.name());
        detail.put("recipients", recipients);
        events.record(EventType.DOCUMENT_SENT, dealId, documentId, null, detail, Actor.of(caller));
        deals.touch(dealId);
        return documents.view(dealId, documentId);
    }

    /** The deal's other companies whose rights cover reading the type and who may see the document. */
    private List<String> recipients(Caller caller, DocumentRow row, DocumentType type) {
        List<DealGrantMapper.GrantRow> active = grants.activeGrants(row.dealId());
        Map<String, Long> partyIds = active.stream()
                .collect(Collectors.toMap(DealGrantMapper.GrantRow::partyCode, DealGrantMapper.GrantRow::partyId));
        DealParticipation participation = access.participation(row.dealId(), active);
        return participation.participants().values().stream()
                .map(ParticipantGrant::company)
                .filter(company -> !company.equals(caller.companyCode()))
                .filter(company -> policy.allows(company, participation, type, Operation.READ))
                .filter(company -> DocumentVisibility.visibleTo(partyIds.get(company), company, row))
                .sorted()
                .toList();
    }
}

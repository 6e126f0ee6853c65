package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading and changing documents for a caller, with optimistic locking by etag; every path
 * asks {@link DealAccess} first.
 */
@Service
public class DocumentService {

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final TypedFields typedFields;
    private final Events events;
    private final Json json;
    private final DealAccess access;

    DocumentService(DealMapper deals, DocumentMapper documents, TypedFields typedFields, Events events, Json json,
                    DealAccess access) {
        this.access = access;
        this.deals = deals;
        this.documents = documents;
        this.typedFields = typedFields;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public DocumentView create(Caller caller, long dealId, DocumentType type, JsonNode fields) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        access.check(caller, dealId, type, Operation.CREATE);
        Object value = typedFields.readForWrite(type, fields);
        long id = documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "DRAFT", json.write(value), null,
                caller.companyId(), caller.userId());
        events.record(EventType.DOCUMENT_CREATED, dealId, id, null, Map.of("type", type.name(), "by", caller.name()));
        deals.touch(dealId);
        return view(dealId, id);
    }

    /** Replaces a document's fields if {@code expectedEtag} is still current; 409 if someone was faster. */
    @Transactional
    public DocumentView update(Caller caller, long dealId, long documentId, String expectedEtag, JsonNode fields) {
        DocumentRow current = find(dealId, documentId);
        access.check(caller, dealId, DocumentType.valueOf(current.type()), Operation.UPDATE);
        if (expectedEtag == null || expectedEtag.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                    "send the document's etag (If-Match header or _etag) to update it");
        }
        Object value = typedFields.readForWrite(DocumentType.valueOf(current.type()), fields);
        int changed = documents.update(documentId, expectedEtag, UUID.randomUUID().toString(), json.write(value), null);
        if (changed == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "document " + documentId + " was changed by someone else:"
                    + " etag " + expectedEtag + " is stale, the current one is " + find(dealId, documentId).etag());
        }
        events.record(EventType.DOCUMENT_UPDATED, dealId, documentId, null,
                Map.of("type", current.type(), "version", current.version() + 1, "by", caller.name()));
        deals.touch(dealId);
        return view(dealId, documentId);
    }

    public DocumentView get(Caller caller, long dealId, long documentId) {
        DocumentRow row = find(dealId, documentId);
        access.check(caller, dealId, DocumentType.valueOf(row.type()), Operation.READ);
        return DocumentView.of(row);
    }

    private DocumentView view(long dealId, long documentId) {
        return DocumentView.of(find(dealId, documentId));
    }

    private DocumentRow find(long dealId, long documentId) {
        return documents.find(documentId)
                .filter(row -> row.dealId() == dealId)
                .orElseThrow(() -> ApiException.notFound("document", documentId));
    }
}

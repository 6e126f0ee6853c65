package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.root.RootDocument;
import io.minato.hub.app.root.RootOrigins;
import io.minato.hub.app.root.RootPlan;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootSource;
import io.minato.hub.mappings.permission.DealParticipation;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting documents for a caller, with optimistic locking by etag;
 * every path asks {@link DealAccess} first and then {@link DocumentVisibility} (restricted data).
 */
@Service
public class DocumentService {

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final TypedFields typedFields;
    private final Events events;
    private final Json json;
    private final ObjectMapper mapper;
    private final DealAccess access;
    private final IdempotentCreation idempotency;
    private final SharedFieldLock lock;
    private final ReadReceipts receipts;
    private final RootDocument root;
    private final SharedFields shared;

    DocumentService(DealMapper deals, DocumentMapper documents, TypedFields typedFields, Events events, Json json,
                    ObjectMapper mapper, DealAccess access, IdempotentCreation idempotency, SharedFieldLock lock,
                    ReadReceipts receipts, RootDocument root, SharedFields shared) {
        this.root = root;
        this.shared = shared;
        this.access = access;
        this.deals = deals;
        this.documents = documents;
        this.typedFields = typedFields;
        this.events = events;
        this.json = json;
        this.mapper = mapper;
        this.idempotency = idempotency;
        this.lock = lock;
        this.receipts = receipts;
    }

    /** A created document, or the one an earlier request with the same Idempotency-Key created. */
    public record Created(DocumentView document, boolean replayed) {
    }

    /**
     * @param restrictedTo   companies (codes) that alone may see it besides the creator; null = not restricted
     * @param idempotencyKey the client's Idempotency-Key, or null
     */
    @Transactional
    public Created create(Caller caller, long dealId, DocumentType type, JsonNode fields, List<String> restrictedTo,
                          String idempotencyKey) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        access.check(caller, dealId, type, Operation.CREATE);
        String[] restricted = restriction(dealId, restrictedTo);
        RootPlan plan = planCreation(dealId, type, fields, restricted != null);
        String fieldsJson = json.write(plan.fields());
        String key = idempotency.key(idempotencyKey);
        // the request as sent: what the root fills in may differ by the time a retry comes
        String hash = key == null ? null : idempotency.hash(type, json.write(fields), restricted);
        Long id = documents.insertCreated(dealId, type.name(), UUID.randomUUID().toString(), fieldsJson,
                caller.companyId(), caller.userId(), key, hash, restricted);
        if (id == null) {
            long existing = idempotency.replay(caller, dealId, key, hash);
            return new Created(view(dealId, existing), true);
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", type.name());
        detail.put("by", caller.name());
        if (restricted != null) {
            detail.put("restrictedTo", List.of(restricted));
        }
        events.record(EventType.DOCUMENT_CREATED, dealId, id, null, detail, Actor.of(caller));
        root.commit(plan, id, RootOrigins.user(caller, type, shared));
        deals.touch(dealId);
        return new Created(view(dealId, id), false);
    }

    /**
     * Replaces a document's fields if {@code expectedEtag} is still current (409 if someone was faster)
     * and no locked shared field changes (409 naming them); the timeline records every changed path.
     */
    @Transactional
    public DocumentView update(Caller caller, long dealId, long documentId, String expectedEtag, JsonNode fields) {
        DocumentRow current = visible(caller, dealId, documentId);
        DocumentType type = DocumentType.valueOf(current.type());
        access.check(caller, dealId, type, Operation.UPDATE);
        if (expectedEtag == null || expectedEtag.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                    "send the document's etag (If-Match header or _etag) to update it"
                            + " / 更新には帳票の etag (If-Match ヘッダーまたは _etag) が必要です");
        }
        JsonNode typed = tree(json.write(typedFields.readForWrite(type, fields))); // 400 before 409
        if (!expectedEtag.equals(current.etag())) {
            throw stale(documentId, expectedEtag, current.etag());
        }
        JsonNode before = tree(current.fields());
        lock.check(current, before, typed);
        // an update fills nothing from the root, so the checked fields are what the root decides on
        RootPlan plan = root.plan(dealId, RootSource.USER, type, before, typed, current.restricted(), false);
        refuseConflicts(plan);
        String fieldsJson = json.write(plan.fields());
        JsonNode after = plan.fields();
        if (documents.update(documentId, expectedEtag, UUID.randomUUID().toString(), fieldsJson, null) == 0) {
            throw stale(documentId, expectedEtag, find(dealId, documentId).etag());
        }
        List<Map<String, Object>> changes = FieldPaths.diff(before, after).stream()
                .map(change -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("path", change.path());
                    item.put("old", change.before());
                    item.put("new", change.after());
                    return item;
                })
                .toList();
        events.record(EventType.DOCUMENT_UPDATED, dealId, documentId, null,
                Map.of("type", current.type(), "version", current.version() + 1, "by", caller.name(),
                        "changes", changes), Actor.of(caller));
        root.commit(plan, documentId, RootOrigins.user(caller, type, shared));
        deals.touch(dealId);
        return view(dealId, documentId);
    }

    /** Reads a document; the read counts for the read receipts and as the company's usage (取得). */
    @Transactional
    public DocumentView get(Caller caller, long dealId, long documentId) {
        DocumentRow row = visible(caller, dealId, documentId);
        access.check(caller, dealId, DocumentType.valueOf(row.type()), Operation.READ);
        receipts.record(caller, dealId, row);
        return DocumentView.of(row);
    }

    /**
     * Soft delete: the document is gone from every read path, the timeline keeps its history.
     *
     * @param expectedEtag when given (If-Match), 409 unless it is still current
     */
    @Transactional
    public void delete(Caller caller, long dealId, long documentId, String expectedEtag) {
        DocumentRow row = visible(caller, dealId, documentId);
        access.check(caller, dealId, DocumentType.valueOf(row.type()), Operation.DELETE);
        if (expectedEtag != null && !expectedEtag.equals(row.etag())) {
            throw stale(documentId, expectedEtag, row.etag());
        }
        if (documents.delete(documentId, expectedEtag, caller.name()) == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "document " + documentId + " was changed or deleted by"
                    + " someone else meanwhile / 他の利用者が同時に変更または削除しました");
        }
        events.record(EventType.DOCUMENT_DELETED, dealId, documentId, null,
                Map.of("type", row.type(), "by", caller.name()), Actor.of(caller));
        deals.touch(dealId);
    }

    /** Who read the document first and last. */
    ReadReceipts.Reads reads(Caller caller, long dealId, long documentId) {
        DocumentRow row = visible(caller, dealId, documentId);
        access.check(caller, dealId, DocumentType.valueOf(row.type()), Operation.READ);
        return receipts.list(documentId);
    }

    /**
     * The deal's documents the caller sees listed: its rights on their types cover LIST and none is
     * restricted to other companies. The API's deal view and the portal's deal page both list these.
     */
    public List<DocumentRow> listed(Caller caller, long dealId, Map<DocumentType, Rights> rights) {
        return documents.findByDeal(dealId).stream()
                .filter(row -> rights.get(DocumentType.valueOf(row.type())).covers(Operation.LIST.required()))
                .filter(row -> DocumentVisibility.visible(caller, row))
                .toList();
    }

    /**
     * The deal's documents, deleted ones too, whose traces (timeline entries, wire messages) the caller
     * must not see: a type it may not read, or restricted to other companies.
     */
    public Set<Long> hiddenFrom(Caller caller, long dealId, Map<DocumentType, Rights> rights) {
        return documents.findByDealIncludingDeleted(dealId).stream()
                .filter(row -> !rights.get(DocumentType.valueOf(row.type())).covers(Rights.READ)
                        || !DocumentVisibility.visible(caller, row))
                .map(DocumentRow::id)
                .collect(Collectors.toSet());
    }

    /** The document, 404 also when it is restricted to companies the caller's is not among. */
    DocumentRow visible(Caller caller, long dealId, long documentId) {
        DocumentRow row = find(dealId, documentId);
        if (!DocumentVisibility.visible(caller, row)) {
            throw ApiException.notFound("document", documentId);
        }
        return row;
    }

    DocumentView view(long dealId, long documentId) {
        return DocumentView.of(find(dealId, documentId));
    }

    private String[] restriction(long dealId, List<String> restrictedTo) {
        if (restrictedTo == null) {
            return null;
        }
        List<String> codes = restrictedTo.stream().map(String::strip).distinct().sorted().toList();
        DealParticipation participation = access.participation(dealId);
        List<String> unknown = codes.stream().filter(code -> participation.participant(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new ApiException.FieldProblem("restrictedTo", "not on deal " + dealId + ": " + unknown
                            + " / 取引の参加企業ではありません")));
        }
        return codes.toArray(String[]::new);
    }

    /**
     * The root document's decision on a new document, on the fields as they will be stored: its empty
     * shared fields filled from the root first (so a required one need not be typed again), then checked
     * and normalized, and decided on again as normalized.
     */
    private RootPlan planCreation(long dealId, DocumentType type, JsonNode fields, boolean restricted) {
        RootPlan filled = root.plan(dealId, RootSource.USER, type, null, fields, restricted, false);
        refuseConflicts(filled);
        JsonNode stored = tree(json.write(typedFields.readForWrite(type, filled.fields())));
        RootPlan plan = root.plan(dealId, RootSource.USER, type, null, stored, restricted, false);
        refuseConflicts(plan);
        return plan;
    }

    /**
     * A value that loses by the precedence rule is refused with 409 naming the value that holds, its
     * source and the rule: a person must see it now.
     */
    private void refuseConflicts(RootPlan plan) {
        if (plan.conflicts().isEmpty()) {
            return;
        }
        List<ApiException.FieldProblem> problems = plan.conflicts().stream()
                .map(conflict -> {
                    SharedFields.SharedField field = shared.field(conflict.field());
                    String path = "fields" + field.pathIn(plan.type()).orElseThrow().replace('/', '.');
                    return new ApiException.FieldProblem(path, "「" + field.ja() + "」は " + conflict.kept().description()
                            + " の値 " + conflict.kept().value() + " (" + conflict.kept().setAt() + ") が優先されます / "
                            + field.en() + " holds " + conflict.kept().value() + " from " + conflict.kept().description()
                            + " since " + conflict.kept().setAt() + "; precedence: " + conflict.rule());
                })
                .toList();
        throw new ApiException(HttpStatus.CONFLICT, "shared fields " + problems.stream().map(ApiException.FieldProblem::field)
                .toList() + " hold values from a source that ranks above yours (root.yml precedence)"
                + " / 優先順位の高い入力元の値があるため変更できない連携項目があります", problems);
    }

    private static ApiException stale(long documentId, String expected, String current) {
        return new ApiException(HttpStatus.CONFLICT, "document " + documentId + " was changed by someone else:"
                + " etag " + expected + " is stale, the current one is " + current
                + " / 他の利用者が先に更新しました。最新の内容を読み直してください");
    }

    private JsonNode tree(String fieldsJson) {
        try {
            return mapper.readTree(fieldsJson);
        } catch (IOException e) {
            throw new UncheckedIOException("document fields are not JSON", e);
        }
    }

    private DocumentRow find(long dealId, long documentId) {
        return documents.find(documentId)
                .filter(row -> row.dealId() == dealId)
                .orElseThrow(() -> ApiException.notFound("document", documentId));
    }
}

package io.minato.hub.app.root;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.FieldPaths;
import io.minato.hub.app.document.SharedFields;
import io.minato.hub.app.document.SharedFields.SharedField;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootRules;
import io.minato.hub.mappings.permission.Rights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * The deal's root document as a caller may see it (field lineage), for the API and the portal. A
 * participant sees a field when a document it may read carries it, or, for a value that came without a
 * document (Colins), when no document carries it yet; a source document it may not read is not named.
 */
@Component
public class RootLineage {

    private final DealMapper deals;
    private final DealAccess access;
    private final DocumentMapper documents;
    private final SharedFields shared;
    private final RootRules rules;
    private final RootMapper mapper;
    private final ObjectMapper objectMapper;

    RootLineage(DealMapper deals, DealAccess access, DocumentMapper documents, SharedFields shared,
                   RootRules rules, RootMapper mapper, ObjectMapper objectMapper) {
        this.deals = deals;
        this.access = access;
        this.documents = documents;
        this.shared = shared;
        this.rules = rules;
        this.mapper = mapper;
        this.objectMapper = objectMapper;
    }

    /** 404 unless the deal exists and the caller is on it. */
    @Transactional(readOnly = true)
    public RootView view(Caller caller, long id) {
        deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        access.requireParticipant(caller, id);
        Map<DocumentType, Rights> rights = access.rightsByType(caller, id);
        List<DocumentRow> all = documents.findByDeal(id);
        List<DocumentRow> readable = all.stream()
                .filter(row -> rights.get(DocumentType.valueOf(row.type())).covers(Rights.READ))
                .filter(row -> DocumentVisibility.visible(caller, row))
                .toList();
        Set<Long> readableIds = readable.stream().map(DocumentRow::id).collect(Collectors.toSet());
        Set<String> carriedAtAll = carriedFields(all);
        Map<String, List<RootChangeRow>> lineage = mapper.changes(id).stream()
                .collect(Collectors.groupingBy(RootChangeRow::field));
        List<RootView.Field> fields = new ArrayList<>();
        for (RootRow row : mapper.findByDeal(id)) {
            SharedField field = shared.field(row.field());
            List<RootView.Carrier> carriers = carriers(field, readable, tree(row.value()));
            boolean visible = caller.operator() || !carriers.isEmpty()
                    || row.sourceDocumentId() == null && !carriedAtAll.contains(row.field());
            if (!visible) {
                continue;
            }
            fields.add(new RootView.Field(field.name(), field.ja(), field.en(), tree(row.value()),
                    source(row.source(), row.sourceDocumentId(), row.sourceDocumentType(), row.sourceWireMessageId(),
                            row.sourcePosition(), row.sourceActor(), readableIds, caller),
                    row.setAt(), rules.precedence().describe(field.name()), carriers,
                    lineage.getOrDefault(row.field(), List.of()).stream()
                            .map(change -> change(change, readableIds, caller)).toList()));
        }
        return new RootView(id, fields);
    }

    private Set<String> carriedFields(List<DocumentRow> rows) {
        return rows.stream()
                .flatMap(row -> shared.fieldsOf(DocumentType.valueOf(row.type())).stream())
                .map(SharedField::name)
                .collect(Collectors.toSet());
    }

    private List<RootView.Carrier> carriers(SharedField field, List<DocumentRow> readable, JsonNode value) {
        List<RootView.Carrier> carriers = new ArrayList<>();
        for (DocumentRow row : readable) {
            field.pathIn(DocumentType.valueOf(row.type())).ifPresent(pointer -> {
                JsonNode held = tree(row.fields()).at(pointer);
                JsonNode shown = held.isMissingNode() ? null : held;
                carriers.add(new RootView.Carrier(row.id(), row.type(), row.status(), shown, FieldPaths.same(held, value)));
            });
        }
        return carriers;
    }

    private RootView.Change change(RootChangeRow change, Set<Long> readableIds, Caller caller) {
        return new RootView.Change(change.outcome(), tree(change.value()),
                source(change.source(), change.sourceDocumentId(), change.sourceDocumentType(),
                        change.sourceWireMessageId(), change.sourcePosition(), change.sourceActor(), readableIds, caller),
                change.otherValue() == null ? null : tree(change.otherValue()), change.otherSource(), change.rule(),
                change.at());
    }

    /** The source document and its item are named only to those who may read it. */
    private static RootView.Source source(String kind, Long documentId, String documentType, Long wireMessageId,
                                          String position, String by, Set<Long> readableIds, Caller caller) {
        boolean named = documentId == null || caller.operator() || readableIds.contains(documentId);
        return new RootView.Source(kind, documentId != null && named ? new RootView.DocumentRef(documentId, documentType) : null,
                wireMessageId, named ? position : null, by);
    }

    private JsonNode tree(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable: " + text, e);
        }
    }
}

package io.minato.hub.app.root;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.FieldPaths;
import io.minato.hub.app.document.SharedFields;
import io.minato.hub.app.document.SharedFields.SharedField;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootDecision;
import io.minato.hub.mappings.document.root.RootEntry;
import io.minato.hub.mappings.document.root.RootOffer;
import io.minato.hub.mappings.document.root.RootRules;
import io.minato.hub.mappings.document.root.RootSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The deal's root document (ルート帳票): each shared field once per deal. A write of a document (by a
 * person, EDIFACT, NACCS, TradeWaltz) or a Colins record offers its shared values; {@link RootRules}
 * decides by root.yml's precedence; the values taken reach every other document of the deal carrying the
 * field, in the caller's transaction, and the timeline records them with their source. Restricted
 * documents (限定公開) neither give nor take: their values must not reach documents others can read.
 * Sent documents keep what they were sent with; the lineage shows where they differ.
 */
@Component
public class RootDocument {

    private static final List<String> KEPT_STATUSES = List.of("SENT", "LOCKED");

    private final SharedFields shared;
    private final RootRules rules;
    private final RootMapper mapper;
    private final DocumentMapper documents;
    private final Events events;
    private final Json json;
    private final ObjectMapper objectMapper;

    RootDocument(SharedFields shared, RootRules rules, RootMapper mapper, DocumentMapper documents, Events events,
                 Json json, ObjectMapper objectMapper) {
        this.shared = shared;
        this.rules = rules;
        this.mapper = mapper;
        this.documents = documents;
        this.events = events;
        this.json = json;
        this.objectMapper = objectMapper;
    }

    /**
     * Decides what a write of a document does to the root, before the document is written.
     *
     * @param before     the document's fields before; null when the write creates it
     * @param restricted whether the document is restricted (限定公開): it then takes no part
     * @param newDeal    whether the deal was created in this transaction and has no root value yet,
     *                   which spares reading it
     */
    public RootPlan plan(long dealId, RootSource source, DocumentType type, JsonNode before, JsonNode after,
                         boolean restricted, boolean newDeal) {
        List<SharedField> fields = shared.fieldsOf(type);
        if (fields.isEmpty() || restricted) {
            return new RootPlan(dealId, type, List.of(), after, newDeal);
        }
        List<RootOffer> offers = fields.stream()
                .map(field -> {
                    String pointer = field.pathIn(type).orElseThrow();
                    return new RootOffer(field.name(), after.at(pointer), before == null ? null : before.at(pointer));
                })
                .toList();
        Map<String, RootEntry> current = newDeal ? Map.of() : lockedCurrent(dealId);
        List<RootDecision> decisions = rules.decide(current, source, offers, colinsRanks(dealId, source, current));
        ObjectNode adjusted = after.deepCopy();
        for (RootDecision decision : decisions) {
            if (!(decision instanceof RootDecision.Set)) {
                put(adjusted, shared.field(decision.field()).pathIn(type).orElseThrow(), decision.documentValue());
            }
        }
        return new RootPlan(dealId, type, decisions, adjusted, newDeal);
    }

    /** Decides for values that come without a document (Colins): every value is offered as new. */
    public RootPlan plan(long dealId, RootSource source, Map<String, JsonNode> values) {
        Map<String, RootEntry> current = lockedCurrent(dealId);
        List<RootOffer> offers = values.entrySet().stream()
                .map(value -> new RootOffer(value.getKey(), value.getValue(), null))
                .filter(offer -> offer.value() != null && !offer.value().isNull())
                .toList();
        return new RootPlan(dealId, null, rules.decide(current, source, offers, colinsRanks(dealId, source, current)),
                objectMapper.createObjectNode(), false);
    }

    /** {@link #commit(RootPlan, Long, RootOrigin, RootEvents)} recording straight into the timeline. */
    public void commit(RootPlan plan, Long documentId, RootOrigin origin) {
        commit(plan, documentId, origin, (type, document, detail) ->
                events.record(type, plan.dealId(), document, origin.wireMessageId(), detail, origin.eventActor()));
    }

    /**
     * After the document is written (as {@link RootPlan#fields()}): records the plan's values as the root's
     * or as conflicts, and writes the values taken into the deal's other documents carrying them.
     *
     * @param documentId the written document; null for values without a document
     */
    public void commit(RootPlan plan, Long documentId, RootOrigin origin, RootEvents timeline) {
        if (plan.nothingToRecord()) {
            return;
        }
        record(plan, documentId, origin);
        if (!plan.sets().isEmpty()) {
            Propagation propagation = plan.alone() ? new Propagation(List.of(), List.of())
                    : propagate(plan, documentId);
            // a document's own change is its DOCUMENT_* event; this one says what reached the others
            if (documentId == null || !propagation.updated().isEmpty() || !propagation.kept().isEmpty()) {
                timeline.record(EventType.ROOT_FIELDS_UPDATED, documentId,
                        updatedDetail(plan, documentId, origin, propagation));
            }
        }
        if (!plan.conflicts().isEmpty()) {
            timeline.record(EventType.ROOT_FIELD_CONFLICT, documentId, conflictDetail(plan, documentId, origin));
        }
    }

    private Map<String, RootEntry> lockedCurrent(long dealId) {
        mapper.lockDeal(dealId);
        return current(dealId);
    }

    /** The deal's root values by field. */
    public Map<String, RootEntry> current(long dealId) {
        Map<String, RootEntry> current = new HashMap<>();
        for (RootRow row : mapper.findByDeal(dealId)) {
            current.put(row.field(), new RootEntry(row.field(), tree(row.value()), RootSource.valueOf(row.source()),
                    RootDescriptions.source(row.source(), row.sourceDocumentType(), row.sourceDocumentId(),
                            row.sourcePosition(), row.sourceActor()), row.setAt()));
        }
        return current;
    }

    /** Asked only when Colins offers or holds a value: the switch decides whether Colins ranks. */
    private boolean colinsRanks(long dealId, RootSource source, Map<String, RootEntry> current) {
        boolean colinsInvolved = source == RootSource.COLINS
                || current.values().stream().anyMatch(entry -> entry.source() == RootSource.COLINS);
        return colinsInvolved && mapper.colinsAutoUpdate(dealId);
    }

    private void record(RootPlan plan, Long documentId, RootOrigin origin) {
        Records records = new Records();
        records.add(plan, documentId, origin);
        records.write();
    }

    /** A batch for the writes of one transaction; see {@link Batch}. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * Root writes of one transaction (an inbound interchange) whose records wait for {@link #flush()}: a new
     * deal's first write of a document has no root value to read, no other document to reach and no event,
     * only its record, so those of many deals go in one statement. Other writes are committed at once.
     * The caller writes the deferred writes' documents before {@link #flush()}, and flushes before writing
     * again to a deal with a deferred write.
     */
    public final class Batch {

        private final Records deferred = new Records();

        private Batch() {
        }

        public void commit(RootPlan plan, long documentId, RootOrigin origin, RootEvents timeline) {
            if (plan.alone() && plan.conflicts().isEmpty()) {
                deferred.add(plan, documentId, origin);
            } else {
                RootDocument.this.commit(plan, documentId, origin, timeline);
            }
        }

        public void flush() {
            deferred.write();
        }
    }

    /**
     * The rows of {@link RootMapper#record} for one or more writes, as parallel arrays: per write, each offer
     * that was decided (a fill from the root is not an offer), as one JSON array.
     */
    private final class Records {

        private final List<Long> dealIds = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<Long> documentIds = new ArrayList<>();
        private final List<Long> wireMessageIds = new ArrayList<>();
        private final List<String> actors = new ArrayList<>();
        private final List<Long> partyIds = new ArrayList<>();
        private final List<String> offers = new ArrayList<>();

        void add(RootPlan plan, Long documentId, RootOrigin origin) {
            ArrayNode decided = objectMapper.createArrayNode();
            for (RootDecision decision : plan.decisions()) {
                if (decision instanceof RootDecision.Set set) {
                    ObjectNode offer = offer(decided, origin, decision.field(), "SET", set.value());
                    if (set.previous() != null) {
                        other(offer, set.previous(), null);
                    }
                } else if (decision instanceof RootDecision.Conflict conflict) {
                    other(offer(decided, origin, decision.field(), "KEPT", conflict.offered()), conflict.kept(),
                            conflict.rule());
                }
            }
            if (decided.isEmpty()) {
                return;
            }
            dealIds.add(plan.dealId());
            sources.add(origin.source().name());
            documentIds.add(documentId);
            wireMessageIds.add(origin.wireMessageId());
            actors.add(origin.actor());
            partyIds.add(origin.partyId());
            offers.add(json.write(decided));
        }

        /** Absent keys read as SQL null in the deal_root_changes view; a JSON null value stays one. */
        private ObjectNode offer(ArrayNode decided, RootOrigin origin, String field, String outcome, JsonNode value) {
            ObjectNode offer = decided.addObject();
            offer.put("field", field);
            offer.put("outcome", outcome);
            offer.set("value", orNull(value));
            putIfPresent(offer, "position", origin.positionOf(field));
            return offer;
        }

        private void other(ObjectNode offer, RootEntry other, String rule) {
            offer.set("other_value", orNull(other.value()));
            offer.put("other_source", other.source().name());
            putIfPresent(offer, "rule", rule);
        }

        /** As the column was: a missing value written as JSON null (Jackson would leave its key out). */
        private static JsonNode orNull(JsonNode value) {
            return value == null || value.isMissingNode() ? NullNode.getInstance() : value;
        }

        private static void putIfPresent(ObjectNode offer, String key, String value) {
            if (value != null) {
                offer.put(key, value);
            }
        }

        void write() {
            if (dealIds.isEmpty()) {
                return;
            }
            mapper.record(dealIds.toArray(Long[]::new), sources.toArray(String[]::new), documentIds.toArray(Long[]::new),
                    wireMessageIds.toArray(Long[]::new), actors.toArray(String[]::new), partyIds.toArray(Long[]::new),
                    offers.toArray(String[]::new));
            for (List<?> column : List.of(dealIds, sources, documentIds, wireMessageIds, actors, partyIds, offers)) {
                column.clear();
            }
        }
    }

    /** The deal's other documents that took a value, and those that kept theirs since they were sent. */
    private record Propagation(List<Map<String, Object>> updated, List<Map<String, Object>> kept) {
    }

    private Propagation propagate(RootPlan plan, Long documentId) {
        List<Map<String, Object>> updated = new ArrayList<>();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (DocumentRow row : documents.findByDeal(plan.dealId())) {
            if (documentId != null && row.id() == documentId || row.restricted()) {
                continue;
            }
            DocumentType type = DocumentType.valueOf(row.type());
            JsonNode fields = tree(row.fields());
            ObjectNode patch = objectMapper.createObjectNode();
            List<String> changed = new ArrayList<>();
            for (RootDecision.Set set : plan.sets()) {
                Optional<String> pointer = shared.field(set.field()).pathIn(type);
                if (pointer.isPresent() && !FieldPaths.same(fields.at(pointer.get()), set.value())) {
                    put(patch, pointer.get(), set.value());
                    changed.add(set.field());
                }
            }
            if (patch.isEmpty()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", row.id());
            entry.put("type", row.type());
            entry.put("fields", changed);
            if (KEPT_STATUSES.contains(row.status())) {
                entry.put("status", row.status());
                kept.add(entry);
                continue;
            }
            if (mapper.patchDocument(row.id(), UUID.randomUUID().toString(), json.write(patch)) == 0) {
                continue; // deleted meanwhile
            }
            entry.put("version", row.version() + 1);
            updated.add(entry);
        }
        return new Propagation(updated, kept);
    }

    private Map<String, Object> updatedDetail(RootPlan plan, Long documentId, RootOrigin origin, Propagation propagation) {
        Map<String, Object> detail = sourceDetail(plan, documentId, origin);
        detail.put("fields", plan.sets().stream().map(set -> {
            Map<String, Object> field = named(set.field());
            field.put("value", set.value());
            if (set.previous() != null) {
                field.put("previous", set.previous().value());
                field.put("previousSource", set.previous().description());
            }
            field.put("position", origin.positionOf(set.field()));
            return field;
        }).toList());
        detail.put("updatedDocuments", propagation.updated());
        if (!propagation.kept().isEmpty()) {
            detail.put("keptDocuments", propagation.kept());
        }
        return detail;
    }

    private Map<String, Object> conflictDetail(RootPlan plan, Long documentId, RootOrigin origin) {
        Map<String, Object> detail = sourceDetail(plan, documentId, origin);
        detail.put("conflicts", plan.conflicts().stream().map(conflict -> {
            Map<String, Object> field = named(conflict.field());
            field.put("offered", conflict.offered());
            field.put("position", origin.positionOf(conflict.field()));
            field.put("kept", conflict.kept().value());
            field.put("keptSource", conflict.kept().description());
            field.put("keptSince", conflict.kept().setAt().toString());
            field.put("rule", conflict.rule());
            return field;
        }).toList());
        return detail;
    }

    private Map<String, Object> sourceDetail(RootPlan plan, Long documentId, RootOrigin origin) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", origin.source().name());
        detail.put("sourceName", origin.source().japaneseName() + " / " + origin.source().englishName());
        detail.put("by", origin.actor());
        if (documentId != null) {
            detail.put("document", Map.of("id", documentId, "type", plan.type().name()));
        }
        return detail;
    }

    private Map<String, Object> named(String name) {
        SharedField field = shared.field(name);
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("name", name);
        named.put("ja", field.ja());
        named.put("en", field.en());
        return named;
    }

    /** Sets the value at a JSON pointer of plain object steps (shared fields never sit in a repeat). */
    private static void put(ObjectNode fields, String pointer, JsonNode value) {
        String[] steps = pointer.substring(1).split("/");
        ObjectNode parent = fields;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode child = parent.get(steps[i]);
            parent = child instanceof ObjectNode object ? object : parent.putObject(steps[i]);
        }
        parent.set(steps[steps.length - 1], value == null ? null : value.deepCopy());
    }

    private JsonNode tree(String text) {
        try {
            return objectMapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("stored JSON is not readable: " + text, e);
        }
    }
}

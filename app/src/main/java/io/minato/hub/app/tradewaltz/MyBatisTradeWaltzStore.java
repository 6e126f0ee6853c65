package io.minato.hub.app.tradewaltz;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.SharedFields;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventChannel;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.inbound.DealContainerMapper;
import io.minato.hub.app.root.RootDocument;
import io.minato.hub.app.root.RootOrigins;
import io.minato.hub.app.root.RootPlan;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.FieldProblem;
import io.minato.hub.mappings.document.root.RootSource;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ParticipantRule;
import io.minato.hub.mappings.party.PartyDirectory;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.party.ResolvedParty;
import io.minato.hub.mappings.support.MappingException;
import io.minato.hub.mappings.tradewaltz.RequestKind;
import io.minato.hub.mappings.tradewaltz.TradeWaltzDocument;
import io.minato.hub.mappings.tradewaltz.TradeWaltzDocuments;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPartyRoles.NamedParty;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPartyRoles;
import io.minato.hub.mappings.tradewaltz.TradeWaltzRequest;
import io.minato.hub.mappings.tradewaltz.TradeWaltzStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies TradeWaltz requests on PostgreSQL, each in one transaction serialised per linkage: the received
 * request's key (request id + version) makes it apply once, the linkage finds the deal an amendment is for,
 * the party table makes the known parties participants, and {@link #writeDocument} is the one place a
 * TradeWaltz document is written.
 */
@Component
class MyBatisTradeWaltzStore implements TradeWaltzStore {

    static final String FEED = "requests";
    /** The actor of what TradeWaltz changes; the event names the requesting company when it is known. */
    static final String ACTOR = "TRADEWALTZ";

    private final TradeWaltzMapper mapper;
    private final DealMapper deals;
    private final DocumentMapper documents;
    private final DealContainerMapper containers;
    private final Events events;
    private final PartyDirectory parties;
    private final DealParticipants participants;
    private final DocumentDefinitions definitions;
    private final Json json;
    private final RootDocument root;
    private final SharedFields shared;

    MyBatisTradeWaltzStore(TradeWaltzMapper mapper, DealMapper deals, DocumentMapper documents,
                           DealContainerMapper containers, Events events, PartyDirectory parties,
                           DealParticipants participants, DocumentDefinitions definitions, Json json,
                           RootDocument root, SharedFields shared) {
        this.root = root;
        this.shared = shared;
        this.mapper = mapper;
        this.deals = deals;
        this.documents = documents;
        this.containers = containers;
        this.events = events;
        this.parties = parties;
        this.participants = participants;
        this.definitions = definitions;
        this.json = json;
    }

    @Override
    @Transactional
    public Applied apply(TradeWaltzRequest request, long wireMessageId) {
        mapper.lockLinkage(request.linkageId());
        Optional<TradeWaltzMapper.ReceivedRequest> before = mapper.findRequest(request.requestId(), request.version());
        if (before.isPresent()) {
            return new Applied(Outcome.DUPLICATE, before.get().dealId(), List.of());
        }
        Optional<TradeWaltzMapper.Linkage> linkage = mapper.findLinkage(request.linkageId());
        if (linkage.isPresent() && !linkage.get().kind().equals(request.kind().name())) {
            throw new MappingException(null, "kind: linkage " + request.linkageId() + " is a "
                    + linkage.get().kind() + " (deal " + linkage.get().dealId() + "), this request a " + request.kind());
        }
        Integer latest = mapper.latestAppliedVersion(request.requestId());
        if (latest != null && latest > request.version()) {
            return superseded(request, linkage.map(TradeWaltzMapper.Linkage::dealId).orElse(null), latest,
                    wireMessageId);
        }
        Parties named = resolve(request);
        Actor actor = actor(named.requester());
        DealRef deal = linkage.map(found -> new DealRef(found.dealId(), false))
                .orElseGet(() -> findOrCreateDeal(request, named.forwarder()));
        if (deal.created()) {
            events.record(EventType.DEAL_CREATED, deal.id(), null, wireMessageId,
                    Map.of("key", "TradeWaltz linkage " + request.linkageId(), "source", source(request)), actor);
        }
        participants.addParticipants(deal.id(), named.participants(), wireMessageId);
        mapper.upsertLinkage(request.linkageId(), request.tradeId(), request.kind().name(), deal.id(),
                named.forwarder().id(), named.requester() == null ? null : named.requester().id(), request.requestId(),
                request.version());
        List<Long> documentIds = new ArrayList<>();
        for (TradeWaltzDocument document : TradeWaltzDocuments.of(request)) {
            documentIds.add(writeDocument(deal.id(), request, document, wireMessageId, actor));
        }
        List<String> containerNos = request.containerNos();
        if (!containerNos.isEmpty()) {
            containers.addAll(containerNos.toArray(String[]::new),
                    containerNos.stream().map(containerNo -> deal.id()).toArray(Long[]::new), wireMessageId);
        }
        mapper.insertRequest(request.requestId(), request.version(), request.linkageId(), request.kind().name(),
                Outcome.APPLIED.name(), deal.id(), wireMessageId, request.submittedAt());
        events.record(EventType.TRADEWALTZ_REQUEST, deal.id(), null, wireMessageId,
                detail(request, Outcome.APPLIED, documentIds), actor);
        mapper.queueStatus(request.linkageId(), deal.id(), "ACCEPTED", json.write(Map.of(
                "requestId", request.requestId(), "version", request.version(), "documentIds", documentIds)));
        if (!deal.created()) {
            deals.touch(deal.id());
        }
        return new Applied(Outcome.APPLIED, deal.id(), documentIds);
    }

    /**
     * The one place TradeWaltz writes a document: the linkage's document of the type, created (RECEIVED) or
     * updated with the request's fields, checked against the type's definition, and marked with the request
     * id and version it now holds; DOCUMENT_RECEIVED or DOCUMENT_UPDATED on the timeline as coming from
     * TradeWaltz. Its shared fields go through the root document (precedence in root.yml): taken ones reach
     * the deal's other documents, losing ones are stored as the value that holds and shown as a conflict.
     */
    long writeDocument(long dealId, TradeWaltzRequest request, TradeWaltzDocument document, long wireMessageId,
                       Actor actor) {
        DocumentType type = document.type();
        List<FieldProblem> problems = definitions.validate(type, document.fields());
        if (!problems.isEmpty()) {
            throw new MappingException(null, "the " + type + " (" + type.englishName() + ") it fills does not fit the "
                    + type + " definition: " + problems.stream().map(problem -> problem.path() + ": " + problem.message())
                    .collect(Collectors.joining("; ")));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", type.name());
        detail.put("source", source(request));
        Optional<DocumentRow> existing = Optional.ofNullable(mapper.findDocument(request.linkageId(), type.name()))
                .flatMap(documents::find);
        RootPlan plan = root.plan(dealId, RootSource.TRADEWALTZ, type,
                existing.map(row -> json.read(row.fields(), JsonNode.class)).orElse(null), document.fields(),
                existing.map(DocumentRow::restricted).orElse(false), false);
        String fields = json.write(plan.fields());
        long documentId;
        if (existing.isPresent()) {
            DocumentRow row = existing.get();
            if (documents.update(row.id(), row.etag(), UUID.randomUUID().toString(), fields, wireMessageId) == 0) {
                throw new ConcurrentChangeException("document " + row.id() + " changed while TradeWaltz request "
                        + request.describe() + " was applied");
            }
            documentId = row.id();
            detail.put("version", row.version() + 1);
            events.record(EventType.DOCUMENT_UPDATED, dealId, documentId, wireMessageId, detail, actor);
        } else {
            documentId = documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "RECEIVED", fields,
                    wireMessageId, null, null);
            events.record(EventType.DOCUMENT_RECEIVED, dealId, documentId, wireMessageId, detail, actor);
        }
        mapper.upsertDocument(request.linkageId(), type.name(), documentId, request.requestId(), request.version());
        root.commit(plan, documentId, RootOrigins.tradeWaltz(wireMessageId, request.linkageId(), request.describe(), type,
                shared, actor));
        return documentId;
    }

    private Applied superseded(TradeWaltzRequest request, Long dealId, int latest, long wireMessageId) {
        mapper.insertRequest(request.requestId(), request.version(), request.linkageId(), request.kind().name(),
                Outcome.SUPERSEDED.name(), dealId, wireMessageId, request.submittedAt());
        if (dealId != null) {
            Map<String, Object> detail = detail(request, Outcome.SUPERSEDED, List.of());
            detail.put("appliedVersion", latest);
            events.record(EventType.TRADEWALTZ_REQUEST, dealId, null, wireMessageId, detail, actor(null));
        }
        return new Applied(Outcome.SUPERSEDED, dealId, List.of());
    }

    /** The deal's parties as the party table knows them; the forwarder the request is addressed to must be known. */
    private record Parties(ResolvedParty forwarder, ResolvedParty requester,
                           List<io.minato.hub.mappings.party.ResolvedParticipant> participants) {
    }

    private Parties resolve(TradeWaltzRequest request) {
        List<ParticipantRule.Lookup> lookups = new ArrayList<>();
        ResolvedParty forwarder = null;
        ResolvedParty requester = null;
        for (NamedParty party : TradeWaltzPartyRoles.of(request)) {
            ResolvedParty found = party.lookups().stream().map(parties::resolve).flatMap(Optional::stream)
                    .findFirst().orElse(null);
            if (party.path().equals("parties.forwarder")) {
                if (found == null) {
                    throw unknownForwarder(party);
                }
                forwarder = found;
            }
            if (party.party() == request.requester()) {
                requester = found;
            }
            lookups.add(new ParticipantRule.Lookup(party.lookups().get(0), found));
        }
        return new Parties(forwarder, requester, ParticipantRule.participants(request.kind().direction(), lookups));
    }

    private static MappingException unknownForwarder(NamedParty forwarder) {
        PartyReference reference = forwarder.lookups().get(0);
        StringBuilder text = new StringBuilder(forwarder.path()).append(" '").append(reference.name()).append('\'');
        if (reference.identifier() != null) {
            text.append(" (").append(reference.identifier().describe()).append(')');
        }
        text.append(": the forwarder the request is addressed to is not in the party table; register it with PUT"
                + " /api/v1/parties/{code}/identifiers/").append(TradeWaltzPartyRoles.SCHEME).append('/')
                .append(forwarder.party().id() == null ? "<TradeWaltz company id>" : forwarder.party().id())
                .append(" or PUT /api/v1/parties/{code}/names {\"name\":\"").append(reference.name()).append('"');
        if (reference.city() != null) {
            text.append(",\"address\":\"").append(reference.city()).append('"');
        }
        return new MappingException(null, text.append("}, then re-process this message (POST /api/v1/messages/{id}"
                + "/reprocess) / 依頼先の海貨業者が取引先マスタに登録されていません").toString());
    }

    private record DealRef(long id, boolean created) {
    }

    /**
     * A new trade's deal: the export deal of its booking no. + carrier, the import deal of its B/L no., when the
     * hub has one (from EDIFACT, say) that no other trade is linked to; else a new deal owned by the forwarder.
     */
    private DealRef findOrCreateDeal(TradeWaltzRequest request, ResolvedParty forwarder) {
        String carrier = request.transport().carrierCode();
        Long created = null;
        Long found = null;
        if (request.kind() == RequestKind.EXPORT_SHIPPING_REQUEST) {
            if (request.bookingNo() != null && carrier != null) {
                created = deals.insertExportIfAbsent(request.bookingNo(), carrier);
                found = created == null ? deals.findIdByBooking(request.bookingNo(), carrier) : null;
            } else {
                created = deals.insert("EXPORT", request.bookingNo(), carrier, null, forwarder.id(), null, null);
            }
        } else {
            created = deals.insertImportIfAbsent(request.blNo(), carrier);
            found = created == null ? deals.findIdByBl(request.blNo()) : null;
        }
        if (created != null) {
            return new DealRef(created, true);
        }
        List<TradeWaltzDealView.LinkageRow> linked = mapper.linkagesOfDeal(found);
        if (!linked.isEmpty()) {
            throw new MappingException(null, (request.kind() == RequestKind.EXPORT_SHIPPING_REQUEST
                    ? "bookingNo " + request.bookingNo() : "blNo " + request.blNo()) + ": its deal " + found
                    + " is linked to TradeWaltz linkage " + linked.get(0).linkageId() + " already, not to "
                    + request.linkageId());
        }
        return new DealRef(found, false);
    }

    private static Actor actor(ResolvedParty requester) {
        return new Actor(EventChannel.TRADEWALTZ, ACTOR, null, requester == null ? null : requester.id());
    }

    private static String source(TradeWaltzRequest request) {
        return "TradeWaltz request " + request.requestId() + " v" + request.version();
    }

    private static Map<String, Object> detail(TradeWaltzRequest request, Outcome outcome, List<Long> documentIds) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("requestId", request.requestId());
        detail.put("version", request.version());
        detail.put("kind", request.kind().name());
        detail.put("tradeId", request.tradeId());
        detail.put("linkageId", request.linkageId());
        detail.put("outcome", outcome.name());
        if (!documentIds.isEmpty()) {
            detail.put("documentIds", documentIds);
        }
        return detail;
    }

    @Override
    public Optional<String> cursor() {
        return Optional.ofNullable(mapper.cursor(FEED));
    }

    @Override
    public void advanceCursor(String cursor, Long wireMessageId) {
        mapper.advanceCursor(FEED, cursor, wireMessageId);
    }

    @Override
    public void pollFailed(String reason) {
        mapper.pollFailed(FEED, reason);
    }
}

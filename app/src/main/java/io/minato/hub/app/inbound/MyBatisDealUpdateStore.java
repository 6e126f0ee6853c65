package io.minato.hub.app.inbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.root.RootDocument;
import io.minato.hub.app.root.RootOrigins;
import io.minato.hub.app.root.RootPlan;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.deal.DealUpdateStore;
import io.minato.hub.mappings.deal.MessageKey;
import io.minato.hub.mappings.deal.StoredDocument;
import io.minato.hub.mappings.deal.UnknownDealException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootSource;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ParticipantRule;
import io.minato.hub.mappings.party.PartyDirectory;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.party.ResolvedParticipant;
import io.minato.hub.mappings.party.ResolvedParty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies inbound messages to their deals, once per message key, an interchange (or a batch of a
 * large one) in one transaction with one statement per table where the rows do not depend on each
 * other (new deals, their documents and root records, participants, events, container numbers, receipts).
 * The parties a message names are resolved in the party table and the known ones become the deal's
 * participants in the same transaction; {@link ParticipantRule} decides when an unknown party
 * rejects the message (every customer-role party unknown), so nothing of it is written.
 */
@Component
class MyBatisDealUpdateStore implements DealUpdateStore {

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final EdifactReceiptMapper receipts;
    private final DealContainerMapper containers;
    private final Events events;
    private final PartyDirectory parties;
    private final DealParticipants participants;
    private final Json json;
    private final Duration duplicateWindow;
    private final RootDocument root;
    private final ObjectMapper objectMapper;

    MyBatisDealUpdateStore(DealMapper deals, DocumentMapper documents, EdifactReceiptMapper receipts,
                           DealContainerMapper containers, Events events, PartyDirectory parties,
                           DealParticipants participants, Json json,
                           @Value("${minato.edifact.duplicate-window}") Duration duplicateWindow, RootDocument root,
                           ObjectMapper objectMapper) {
        this.root = root;
        this.objectMapper = objectMapper;
        this.deals = deals;
        this.documents = documents;
        this.receipts = receipts;
        this.containers = containers;
        this.events = events;
        this.parties = parties;
        this.participants = participants;
        this.json = json;
        this.duplicateWindow = duplicateWindow;
    }

    @Override
    @Transactional
    public List<StoredDocument> applyAll(List<MessageUpdates> messages, long wireMessageId) {
        OffsetDateTime windowStart = OffsetDateTime.now().minus(duplicateWindow);
        Map<MessageKey, EdifactReceiptMapper.EdifactReceipt> earlier = findReceipts(messages, windowStart);
        List<MessageUpdates> fresh = new ArrayList<>(messages.size());
        Map<MessageKey, Boolean> seen = new HashMap<>();
        for (MessageUpdates message : messages) {
            if (message.updates().isEmpty()) {
                throw new IllegalArgumentException("message " + message.key() + " has no update to apply");
            }
            if (!earlier.containsKey(message.key()) && seen.put(message.key(), Boolean.TRUE) == null) {
                fresh.add(message);
            }
        }
        Pending pending = new Pending(wireMessageId, createDeals(fresh), root.batch(), fresh.stream()
                .mapToInt(message -> (int) message.updates().stream().filter(u -> u.documentType() != null).count()).sum());
        List<StoredDocument> stored = new ArrayList<>(messages.size());
        // a message key seen earlier in this interchange answers as one seen before it
        Map<MessageKey, StoredDocument> appliedHere = new HashMap<>();
        // a terminal's or carrier's interchange names the same few parties in every message
        Map<PartyReference, Optional<ResolvedParty>> resolved = new HashMap<>();
        for (MessageUpdates message : messages) {
            EdifactReceiptMapper.EdifactReceipt receipt = earlier.get(message.key());
            StoredDocument before = receipt != null ? new StoredDocument(receipt.dealId(), receipt.documentId(), true)
                    : appliedHere.get(message.key());
            if (before != null) {
                stored.add(new StoredDocument(before.dealId(), before.documentId(), true));
                continue;
            }
            StoredDocument last = null;
            for (DealUpdate update : message.updates()) {
                last = apply(update, message.key(), pending, resolved);
            }
            pending.receipt(message.key(), last);
            appliedHere.put(message.key(), last);
            stored.add(last);
        }
        pending.flush(windowStart);
        return stored;
    }

    @Override
    @Transactional
    public StoredDocument apply(List<DealUpdate> updates, MessageKey key, long wireMessageId) {
        return applyAll(List.of(new MessageUpdates(key, updates)), wireMessageId).get(0);
    }

    /** The receipts within the window of every message, one statement per interchange the messages come from. */
    private Map<MessageKey, EdifactReceiptMapper.EdifactReceipt> findReceipts(List<MessageUpdates> messages,
                                                                             OffsetDateTime windowStart) {
        Map<List<String>, List<String>> refsByInterchange = new LinkedHashMap<>();
        for (MessageUpdates message : messages) {
            MessageKey key = message.key();
            refsByInterchange.computeIfAbsent(List.of(key.sender(), key.interchangeRef()), k -> new ArrayList<>())
                    .add(key.messageRef());
        }
        Map<MessageKey, EdifactReceiptMapper.EdifactReceipt> found = new HashMap<>();
        refsByInterchange.forEach((interchange, refs) -> {
            String sender = interchange.get(0);
            String interchangeRef = interchange.get(1);
            for (EdifactReceiptMapper.KeyedReceipt receipt
                    : receipts.findAll(sender, interchangeRef, refs.toArray(String[]::new), windowStart)) {
                found.put(new MessageKey(sender, interchangeRef, receipt.messageRef()), receipt.receipt());
            }
        });
        return found;
    }

    /**
     * Creates, in one statement per direction, the deals the messages may create and that do not
     * exist yet, in message order. The first update naming such a key then counts as the one that
     * created it (its DEAL_CREATED event), as when each message created its own deal. Keys with a
     * missing part are left to {@link #create}: the unique index does not cover them.
     */
    private Map<DealKey, Long> createDeals(List<MessageUpdates> messages) {
        Map<DealKey.Booking, Boolean> bookings = new LinkedHashMap<>();
        Map<String, DealKey.BillOfLading> bls = new LinkedHashMap<>();
        for (MessageUpdates message : messages) {
            for (DealUpdate update : message.updates()) {
                if (!update.createIfAbsent()) {
                    continue;
                }
                if (update.key() instanceof DealKey.Booking booking && bulkCreatable(booking)) {
                    bookings.putIfAbsent(booking, Boolean.TRUE);
                } else if (update.key() instanceof DealKey.BillOfLading bl && bulkCreatable(bl)) {
                    bls.putIfAbsent(bl.blNo(), bl);
                }
            }
        }
        Map<DealKey, Long> created = new HashMap<>();
        if (!bookings.isEmpty()) {
            List<DealKey.Booking> keys = new ArrayList<>(bookings.keySet());
            for (DealMapper.CreatedDeal deal : deals.insertExportsIfAbsent(
                    keys.stream().map(DealKey.Booking::bookingNo).toArray(String[]::new),
                    keys.stream().map(DealKey.Booking::carrierCode).toArray(String[]::new))) {
                created.put(new DealKey.Booking(deal.keyNo(), deal.carrierCode()), deal.id());
            }
        }
        if (!bls.isEmpty()) {
            List<DealKey.BillOfLading> keys = new ArrayList<>(bls.values());
            for (DealMapper.CreatedDeal deal : deals.insertImportsIfAbsent(
                    keys.stream().map(DealKey.BillOfLading::blNo).toArray(String[]::new),
                    keys.stream().map(DealKey.BillOfLading::carrierCode).toArray(String[]::new))) {
                created.put(new DealKey.BillOfLading(deal.keyNo(), null), deal.id());
            }
        }
        return created;
    }

    private static boolean bulkCreatable(DealKey key) {
        if (key instanceof DealKey.Booking booking) {
            return booking.bookingNo() != null && booking.carrierCode() != null;
        }
        return key instanceof DealKey.BillOfLading bl && bl.blNo() != null;
    }

    /**
     * What an interchange writes besides updates of existing documents, gathered and written at its end
     * in one statement per table (new deals' documents and root records, participants, events, container
     * numbers, message receipts) instead of one per row. Container numbers are written before any look-up
     * by container, and a new deal's document before a later message of the interchange works on that deal:
     * both look-ups need them.
     */
    private final class Pending {

        private final long wireMessageId;
        /** Deals created for this interchange that no update has claimed yet (import ones keyed by B/L only). */
        private final Map<DealKey, Long> created;
        private final List<Events.NewEvent> newEvents = new ArrayList<>();
        private final List<String> containerNos = new ArrayList<>();
        private final List<Long> containerDeals = new ArrayList<>();
        private final Map<MessageKey, StoredDocument> receiptsToClaim = new LinkedHashMap<>();
        private final Set<Long> rootWritten = new HashSet<>();
        private final Map<Long, List<ResolvedParticipant>> participantsByDeal = new LinkedHashMap<>();
        /** Root records of new deals' first documents, written after those documents. */
        private final RootDocument.Batch rootBatch;
        private final NewDocuments newDocuments = new NewDocuments();
        /** Ids taken from the sequence for documents not written yet; see {@link #nextDocumentId()}. */
        private final ArrayDeque<Long> documentIds = new ArrayDeque<>();
        private int documentUpdatesLeft;

        Pending(long wireMessageId, Map<DealKey, Long> created, RootDocument.Batch rootBatch, int documentUpdates) {
            this.wireMessageId = wireMessageId;
            this.created = created;
            this.rootBatch = rootBatch;
            this.documentUpdatesLeft = documentUpdates;
        }

        /** The deal created for this key if no update took it yet; the caller's update takes it. */
        Long takeCreated(DealKey key) {
            if (key instanceof DealKey.BillOfLading bl) {
                return created.remove(new DealKey.BillOfLading(bl.blNo(), null));
            }
            return created.remove(key);
        }

        /**
         * A deal created ahead for a later message: an update before that message must not find
         * it, as it would not have when each message created its own deal.
         */
        boolean createdAhead(long dealId) {
            return created.containsValue(dealId);
        }

        /**
         * Whether this is the first root write for the deal in this transaction: for a deal created in it,
         * the root is then still empty and there is no other document to reach.
         */
        boolean firstRootWrite(long dealId) {
            return rootWritten.add(dealId);
        }

        void event(EventType type, long dealId, Long documentId, Map<String, ?> detail) {
            newEvents.add(new Events.NewEvent(type, dealId, documentId, detail));
        }

        void container(String containerNo, long dealId) {
            containerNos.add(containerNo);
            containerDeals.add(dealId);
        }

        void receipt(MessageKey key, StoredDocument stored) {
            receiptsToClaim.put(key, stored);
        }

        void participants(long dealId, List<ResolvedParticipant> named) {
            participantsByDeal.computeIfAbsent(dealId, id -> new ArrayList<>()).addAll(named);
        }

        /** Counts a document update; the ids taken ahead cover the updates still to come, no more. */
        void documentUpdate() {
            documentUpdatesLeft--;
        }

        /**
         * An id for a new document, from a block taken in one round trip for this and every later document
         * update of the interchange (ids of updates that turn out to update a document stay unused, a gap in
         * the sequence like a rolled-back insert's).
         */
        long nextDocumentId() {
            if (documentIds.isEmpty()) {
                documentIds.addAll(documents.nextIds(documentUpdatesLeft + 1));
            }
            return documentIds.removeFirst();
        }

        /** A new deal's document, written with the others at {@link #flushNewDocuments()}. */
        void newDocument(long id, long dealId, DocumentType type, String subject, String fields) {
            newDocuments.add(id, dealId, type, subject, fields);
        }

        boolean hasNewDocuments(long dealId) {
            return newDocuments.dealIds.contains(dealId);
        }

        /** Writes the new deals' documents, then their root records, which name them. */
        void flushNewDocuments() {
            newDocuments.write(wireMessageId);
            rootBatch.flush();
        }

        void flushContainers() {
            if (!containerNos.isEmpty()) {
                containers.addAll(containerNos.toArray(String[]::new), containerDeals.toArray(Long[]::new), wireMessageId);
                containerNos.clear();
                containerDeals.clear();
            }
        }

        void flush(OffsetDateTime windowStart) {
            flushContainers();
            flushNewDocuments();
            // before the events: their usage rows read the grants the participants bring
            participants.addParticipants(participantsByDeal, wireMessageId);
            participantsByDeal.clear();
            events.recordAll(newEvents, wireMessageId);
            newEvents.clear();
            Map<List<String>, List<Map.Entry<MessageKey, StoredDocument>>> byInterchange = new LinkedHashMap<>();
            for (Map.Entry<MessageKey, StoredDocument> receipt : receiptsToClaim.entrySet()) {
                byInterchange.computeIfAbsent(List.of(receipt.getKey().sender(), receipt.getKey().interchangeRef()),
                        k -> new ArrayList<>()).add(receipt);
            }
            byInterchange.forEach((interchange, claims) -> {
                int claimed = receipts.claimAll(interchange.get(0), interchange.get(1),
                        claims.stream().map(claim -> claim.getKey().messageRef()).toArray(String[]::new), wireMessageId,
                        claims.stream().map(claim -> claim.getValue().dealId()).toArray(Long[]::new),
                        claims.stream().map(claim -> claim.getValue().documentId()).toArray(Long[]::new), windowStart);
                if (claimed != claims.size()) {
                    throw new ConcurrentChangeException((claims.size() - claimed) + " message(s) of interchange "
                            + interchange.get(1) + " from " + interchange.get(0)
                            + " were stored by another consumer meanwhile");
                }
            });
            receiptsToClaim.clear();
        }
    }

    /** Documents of deals created in this interchange, as parallel columns for one insert. */
    private final class NewDocuments {

        private final List<Long> ids = new ArrayList<>();
        private final List<Long> dealIds = new ArrayList<>();
        private final List<String> types = new ArrayList<>();
        private final List<String> subjects = new ArrayList<>();
        private final List<String> fields = new ArrayList<>();

        void add(long id, long dealId, DocumentType type, String subject, String fieldsJson) {
            ids.add(id);
            dealIds.add(dealId);
            types.add(type.name());
            subjects.add(subject);
            fields.add(fieldsJson);
        }

        void write(long wireMessageId) {
            if (ids.isEmpty()) {
                return;
            }
            documents.insertReceivedAll(ids.toArray(Long[]::new), dealIds.toArray(Long[]::new),
                    types.toArray(String[]::new), subjects.toArray(String[]::new),
                    ids.stream().map(id -> UUID.randomUUID().toString()).toArray(String[]::new),
                    fields.toArray(String[]::new), wireMessageId);
            for (List<?> column : List.of(ids, dealIds, types, subjects, fields)) {
                column.clear();
            }
        }
    }

    private StoredDocument apply(DealUpdate update, MessageKey key, Pending pending,
                                 Map<PartyReference, Optional<ResolvedParty>> resolved) {
        DealRef deal = findDeal(update, pending);
        long dealId = deal.id();
        if (!deal.created() && pending.hasNewDocuments(dealId)) {
            pending.flushNewDocuments(); // an earlier message of the interchange created the deal
        }
        addParticipants(deal, update.parties(), resolved, pending);
        Long documentId = update.documentType() == null ? null : storeDocument(deal, update, key, pending);
        if (update.document() instanceof BillOfLading billOfLading) {
            // an export deal is opened by its booking; once its B/L is issued, carriers' and terminals'
            // messages naming only the B/L number must find it too
            deals.recordBlNo(dealId, billOfLading.blNo());
        }
        for (String containerNo : update.containerNos()) {
            pending.container(containerNo, dealId);
        }
        for (DealEvent event : update.events()) {
            pending.event(EventType.TRANSPORT_EVENT, dealId, documentId, detail(event));
        }
        if (!deal.created()) {
            deals.touch(dealId); // a new deal's row was written just now
        }
        return new StoredDocument(dealId, documentId, false);
    }

    /**
     * A deal found or created for an update. A deal created in this update has no documents and its
     * direction is its key's, which spares the statements that would ask.
     */
    private record DealRef(long id, boolean created, DealKey key) {

        ParticipantRule.Direction createdDirection() {
            return key instanceof DealKey.Booking ? ParticipantRule.Direction.EXPORT : ParticipantRule.Direction.IMPORT;
        }
    }

    private DealRef findDeal(DealUpdate update, Pending pending) {
        DealKey key = update.key();
        if (update.createIfAbsent()) {
            Long created = pending.takeCreated(key);
            if (created == null && !bulkCreatable(key)) {
                created = create(key);
            }
            if (created != null) {
                pending.event(EventType.DEAL_CREATED, created, null, Map.of("key", key.describe()));
                return new DealRef(created, true, key);
            }
        }
        if (key instanceof DealKey.Container) {
            pending.flushContainers(); // an earlier message of the interchange may have named the container
        }
        Long found = find(key);
        if (found == null || pending.createdAhead(found)) {
            throw new UnknownDealException(update.keySource(), key);
        }
        return new DealRef(found, false, key);
    }

    /**
     * The deal's direction decides its customer roles; it is read from the deal, not the key, since
     * a B/L number can find an export deal that learnt it from a carrier's B/L.
     *
     * @throws io.minato.hub.mappings.party.UnknownPartyException when the message names customers and
     *                                                            none is known; the transaction rolls back
     */
    private void addParticipants(DealRef deal, List<PartyReference> named,
                                 Map<PartyReference, Optional<ResolvedParty>> resolved, Pending pending) {
        if (named.isEmpty()) {
            return;
        }
        long dealId = deal.id();
        ParticipantRule.Direction direction = deal.created() ? deal.createdDirection()
                : ParticipantRule.Direction.valueOf(deals.find(dealId).orElseThrow().direction());
        List<ParticipantRule.Lookup> lookups = named.stream()
                .map(reference -> new ParticipantRule.Lookup(reference, resolve(reference, resolved).orElse(null)))
                .toList();
        pending.participants(dealId, ParticipantRule.participants(direction, lookups));
    }

    /** Looks a party up once per transaction: the same reference anywhere else in it answers the same. */
    private Optional<ResolvedParty> resolve(PartyReference reference, Map<PartyReference, Optional<ResolvedParty>> resolved) {
        PartyReference placeless = new PartyReference(reference.role(), reference.identifier(), reference.nameLines(),
                reference.street(), reference.city(), reference.postcode(), reference.country(), null);
        return resolved.computeIfAbsent(placeless, parties::resolve);
    }

    /** The new deal's id, or null when a deal with the key exists already. */
    private Long create(DealKey key) {
        if (key instanceof DealKey.Booking booking) {
            return deals.insertExportIfAbsent(booking.bookingNo(), booking.carrierCode());
        }
        if (key instanceof DealKey.BillOfLading bl) {
            return deals.insertImportIfAbsent(bl.blNo(), bl.carrierCode());
        }
        throw new IllegalArgumentException("a deal is not created from " + key.describe() + " alone");
    }

    private Long find(DealKey key) {
        if (key instanceof DealKey.Booking booking) {
            return deals.findIdByBooking(booking.bookingNo(), booking.carrierCode());
        }
        if (key instanceof DealKey.BillOfLading bl) {
            return deals.findIdByBl(bl.blNo());
        }
        return containers.findLatestDeal(((DealKey.Container) key).containerNo());
    }

    /**
     * A later document of the same type replaces the fields: the sender's word is the latest. Its shared
     * fields go through the root document (EDIFACT's precedence in root.yml); a value that loses is stored
     * as the value that holds, and the conflict is on the timeline.
     */
    private long storeDocument(DealRef deal, DealUpdate update, MessageKey key, Pending pending) {
        long wireMessageId = pending.wireMessageId;
        long dealId = deal.id();
        DocumentType type = update.documentType();
        Optional<DocumentRow> existing = deal.created() ? Optional.empty()
                : documents.findLatestOfType(dealId, type.name(), update.documentSubject());
        RootPlan plan = root.plan(dealId, RootSource.EDIFACT, type, existing.map(row -> tree(row.fields())).orElse(null),
                objectMapper.valueToTree(update.document()), existing.map(DocumentRow::restricted).orElse(false),
                deal.created() && pending.firstRootWrite(dealId));
        String fields = json.write(plan.fields());
        pending.documentUpdate();
        long id;
        if (deal.created()) {
            id = pending.nextDocumentId();
            pending.newDocument(id, dealId, type, update.documentSubject(), fields);
            pending.event(EventType.DOCUMENT_RECEIVED, dealId, id, Map.of("type", type.name()));
        } else if (existing.isPresent()) {
            DocumentRow row = existing.get();
            if (documents.update(row.id(), row.etag(), UUID.randomUUID().toString(), fields, wireMessageId) == 0) {
                throw new ConcurrentChangeException("document " + row.id() + " changed while a " + type + " was stored");
            }
            pending.event(EventType.DOCUMENT_UPDATED, dealId, row.id(), Map.of("type", type.name(), "version", row.version() + 1));
            id = row.id();
        } else {
            id = documents.insert(dealId, type.name(), update.documentSubject(), UUID.randomUUID().toString(), "RECEIVED",
                    fields, wireMessageId, null, null);
            pending.event(EventType.DOCUMENT_RECEIVED, dealId, id, Map.of("type", type.name()));
        }
        pending.rootBatch.commit(plan, id, RootOrigins.edifact(wireMessageId, key.sender(), key.messageRef()),
                (eventType, documentId, detail) -> pending.event(eventType, dealId, documentId, detail));
        return id;
    }

    private JsonNode tree(String fields) {
        try {
            return objectMapper.readTree(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("document fields are not JSON: " + fields, e);
        }
    }

    private static Map<String, Object> detail(DealEvent event) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("event", event.type());
        if (event.containerNo() != null) {
            detail.put("containerNo", event.containerNo());
        }
        if (event.occurredAt() != null) {
            detail.put("occurredAt", event.occurredAt().toString());
        }
        if (event.location() != null) {
            detail.put("location", event.location());
        }
        detail.putAll(event.detail());
        if (event.source() != null) {
            detail.put("source", event.source().describe());
        }
        return detail;
    }
}

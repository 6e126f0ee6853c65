package io.minato.hub.app.inbound;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.deal.DealUpdateStore;
import io.minato.hub.mappings.deal.MessageKey;
import io.minato.hub.mappings.deal.StoredDocument;
import io.minato.hub.mappings.deal.UnknownDealException;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ParticipantRule;
import io.minato.hub.mappings.party.PartyDirectory;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.party.ResolvedParty;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies inbound messages to their deals, once per message key, each message in one transaction.
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

    MyBatisDealUpdateStore(DealMapper deals, DocumentMapper documents, EdifactReceiptMapper receipts,
                           DealContainerMapper containers, Events events, PartyDirectory parties,
                           DealParticipants participants, Json json,
                           @Value("${minato.edifact.duplicate-window}") Duration duplicateWindow) {
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
        List<StoredDocument> stored = new ArrayList<>(messages.size());
        // a terminal's or carrier's interchange names the same few parties in every message
        Map<PartyReference, Optional<ResolvedParty>> resolved = new HashMap<>();
        for (MessageUpdates message : messages) {
            stored.add(apply(message.updates(), message.key(), wireMessageId, resolved));
        }
        return stored;
    }

    @Override
    @Transactional
    public StoredDocument apply(List<DealUpdate> updates, MessageKey key, long wireMessageId) {
        return apply(updates, key, wireMessageId, new HashMap<>());
    }

    private StoredDocument apply(List<DealUpdate> updates, MessageKey key, long wireMessageId,
                                 Map<PartyReference, Optional<ResolvedParty>> resolved) {
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("message " + key + " has no update to apply");
        }
        OffsetDateTime windowStart = OffsetDateTime.now().minus(duplicateWindow);
        Optional<EdifactReceiptMapper.EdifactReceipt> earlier =
                receipts.find(key.sender(), key.interchangeRef(), key.messageRef(), windowStart);
        if (earlier.isPresent()) {
            return new StoredDocument(earlier.get().dealId(), earlier.get().documentId(), true);
        }
        StoredDocument last = null;
        for (DealUpdate update : updates) {
            last = apply(update, wireMessageId, resolved);
        }
        if (receipts.claim(key.sender(), key.interchangeRef(), key.messageRef(), wireMessageId, last.dealId(),
                last.documentId(), windowStart) == 0) {
            throw new ConcurrentChangeException("message " + key + " was stored by another consumer meanwhile");
        }
        return last;
    }

    private StoredDocument apply(DealUpdate update, long wireMessageId,
                                 Map<PartyReference, Optional<ResolvedParty>> resolved) {
        DealRef deal = findDeal(update, wireMessageId);
        long dealId = deal.id();
        addParticipants(deal, update.parties(), wireMessageId, resolved);
        Long documentId = update.documentType() == null ? null : storeDocument(deal, update, wireMessageId);
        if (update.document() instanceof BillOfLading billOfLading) {
            // an export deal is opened by its booking; once its B/L is issued, carriers' and terminals'
            // messages naming only the B/L number must find it too
            deals.recordBlNo(dealId, billOfLading.blNo());
        }
        for (String containerNo : update.containerNos()) {
            containers.add(containerNo, dealId, wireMessageId);
        }
        for (DealEvent event : update.events()) {
            events.record(EventType.TRANSPORT_EVENT, dealId, documentId, wireMessageId, detail(event));
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

    private DealRef findDeal(DealUpdate update, long wireMessageId) {
        DealKey key = update.key();
        if (update.createIfAbsent()) {
            Long created = create(key);
            if (created != null) {
                events.record(EventType.DEAL_CREATED, created, null, wireMessageId, Map.of("key", key.describe()));
                return new DealRef(created, true, key);
            }
        }
        Long found = find(key);
        if (found == null) {
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
    private void addParticipants(DealRef deal, List<PartyReference> named, long wireMessageId,
                                 Map<PartyReference, Optional<ResolvedParty>> resolved) {
        if (named.isEmpty()) {
            return;
        }
        long dealId = deal.id();
        ParticipantRule.Direction direction = deal.created() ? deal.createdDirection()
                : ParticipantRule.Direction.valueOf(deals.find(dealId).orElseThrow().direction());
        List<ParticipantRule.Lookup> lookups = named.stream()
                .map(reference -> new ParticipantRule.Lookup(reference, resolve(reference, resolved).orElse(null)))
                .toList();
        participants.addParticipants(dealId, ParticipantRule.participants(direction, lookups), wireMessageId);
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

    /** A later document of the same type replaces the fields: the sender's word is the latest. */
    private long storeDocument(DealRef deal, DealUpdate update, long wireMessageId) {
        long dealId = deal.id();
        String type = update.documentType().name();
        String fields = json.write(update.document());
        Optional<DocumentRow> existing = deal.created() ? Optional.empty()
                : documents.findLatestOfType(dealId, type, update.documentSubject());
        if (existing.isPresent()) {
            DocumentRow row = existing.get();
            if (documents.update(row.id(), row.etag(), UUID.randomUUID().toString(), fields, wireMessageId) == 0) {
                throw new ConcurrentChangeException("document " + row.id() + " changed while a " + type + " was stored");
            }
            events.record(EventType.DOCUMENT_UPDATED, dealId, row.id(), wireMessageId,
                    Map.of("type", type, "version", row.version() + 1));
            return row.id();
        }
        long id = documents.insert(dealId, type, update.documentSubject(), UUID.randomUUID().toString(), "RECEIVED", fields, wireMessageId);
        events.record(EventType.DOCUMENT_RECEIVED, dealId, id, wireMessageId, Map.of("type", type));
        return id;
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

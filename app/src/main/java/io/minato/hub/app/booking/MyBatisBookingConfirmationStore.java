package io.minato.hub.app.booking;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.deal.BookingConfirmationStore;
import io.minato.hub.mappings.deal.MessageKey;
import io.minato.hub.mappings.deal.StoredDocument;
import io.minato.hub.mappings.document.DocumentType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stores booking confirmations into export deals, once per message key. */
@Component
class MyBatisBookingConfirmationStore implements BookingConfirmationStore {

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final EdifactReceiptMapper receipts;
    private final Events events;
    private final Json json;
    private final Duration duplicateWindow;

    MyBatisBookingConfirmationStore(DealMapper deals, DocumentMapper documents, EdifactReceiptMapper receipts,
                                    Events events, Json json,
                                    @Value("${minato.edifact.duplicate-window}") Duration duplicateWindow) {
        this.deals = deals;
        this.documents = documents;
        this.receipts = receipts;
        this.events = events;
        this.json = json;
        this.duplicateWindow = duplicateWindow;
    }

    @Override
    @Transactional
    public StoredDocument store(BookingConfirmation confirmation, MessageKey key, long wireMessageId) {
        OffsetDateTime windowStart = OffsetDateTime.now().minus(duplicateWindow);
        Optional<EdifactReceiptMapper.EdifactReceipt> earlier =
                receipts.find(key.sender(), key.interchangeRef(), key.messageRef(), windowStart);
        if (earlier.isPresent()) {
            return new StoredDocument(earlier.get().dealId(), earlier.get().documentId(), true);
        }
        receipts.expire(key.sender(), key.interchangeRef(), key.messageRef(), windowStart);
        // A confirmation without NAD+CA is still the sender's booking: the sender is the carrier.
        String carrier = confirmation.carrierCode() != null ? confirmation.carrierCode() : key.sender();
        long dealId = findOrCreateDeal(confirmation.bookingNo(), carrier, wireMessageId);
        long documentId = storeDocument(dealId, confirmation, wireMessageId);
        if (receipts.claim(key.sender(), key.interchangeRef(), key.messageRef(), wireMessageId, dealId, documentId) == 0) {
            throw new ConcurrentChangeException("message " + key + " was stored by another consumer meanwhile");
        }
        deals.touch(dealId);
        return new StoredDocument(dealId, documentId, false);
    }

    private long findOrCreateDeal(String bookingNo, String carrier, long wireMessageId) {
        Long created = deals.insertExportIfAbsent(bookingNo, carrier);
        if (created != null) {
            events.record(EventType.DEAL_CREATED, created, null, wireMessageId,
                    Map.of("bookingNo", bookingNo, "carrierCode", carrier));
            return created;
        }
        return deals.findIdByBooking(bookingNo, carrier);
    }

    /** A later confirmation of the same booking replaces the fields: the carrier's word is the latest. */
    private long storeDocument(long dealId, BookingConfirmation confirmation, long wireMessageId) {
        String fields = json.write(confirmation);
        Optional<DocumentRow> existing = documents.findLatestOfType(dealId, DocumentType.UL050.name());
        if (existing.isPresent()) {
            DocumentRow row = existing.get();
            if (documents.update(row.id(), row.etag(), UUID.randomUUID().toString(), fields, wireMessageId) == 0) {
                throw new ConcurrentChangeException("document " + row.id() + " changed while a booking confirmation was stored");
            }
            events.record(EventType.DOCUMENT_UPDATED, dealId, row.id(), wireMessageId,
                    Map.of("type", DocumentType.UL050.name(), "version", row.version() + 1));
            return row.id();
        }
        long id = documents.insert(dealId, DocumentType.UL050.name(), UUID.randomUUID().toString(), "RECEIVED",
                fields, wireMessageId);
        events.record(EventType.DOCUMENT_RECEIVED, dealId, id, wireMessageId, Map.of("type", DocumentType.UL050.name()));
        return id;
    }
}

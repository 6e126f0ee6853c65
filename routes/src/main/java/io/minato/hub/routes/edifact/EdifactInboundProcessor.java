package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.deal.DealUpdateStore;
import io.minato.hub.mappings.deal.DealUpdateStore.MessageUpdates;
import io.minato.hub.mappings.deal.MessageKey;
import io.minato.hub.mappings.deal.StoredDocument;
import io.minato.hub.mappings.edifact.EdifactMessage;
import io.minato.hub.mappings.edifact.EdifactReader;
import io.minato.hub.mappings.edifact.EdifactReader.StreamedInterchange;
import io.minato.hub.mappings.edifact.Interchange;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Parses an archived inbound interchange and applies each message to its deal. */
@Component
class EdifactInboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(EdifactInboundProcessor.class);

    /** Messages per transaction when a large interchange is applied in pieces. */
    private static final int STREAMED_BATCH = 500;

    private final WireMessageStore wireMessages;
    private final DealUpdateStore deals;
    private final EdifactReader reader;
    private final PartnerDirectory partners;
    private final Duration duplicateWindow;
    private final Acknowledgements acknowledgements;
    private final AcknowledgementReceiver acknowledgementReceiver;

    EdifactInboundProcessor(WireMessageStore wireMessages, DealUpdateStore deals, EdifactReader reader,
                    PartnerDirectory partners, @Value("${minato.edifact.duplicate-window}") Duration duplicateWindow,
                    Acknowledgements acknowledgements, AcknowledgementReceiver acknowledgementReceiver) {
        this.wireMessages = wireMessages;
        this.deals = deals;
        this.reader = reader;
        this.partners = partners;
        this.duplicateWindow = duplicateWindow;
        this.acknowledgements = acknowledgements;
        this.acknowledgementReceiver = acknowledgementReceiver;
    }

    public void process(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        WireMessage message = wireMessages.startAttempt(wireMessageId);
        Optional<Long> earlier = wireMessages.findAppliedInterchange(message, duplicateWindow);
        if (earlier.isPresent()) {
            wireMessages.markDuplicate(wireMessageId, "interchange " + message.correlation().get("interchangeRef")
                    + " from " + message.partner() + " was applied before as wire message " + earlier.get()
                    + " (duplicate window " + duplicateWindow + "); not applied again");
            log.info("wire message {} repeats wire message {}", wireMessageId, earlier.get());
            return;
        }
        // an acknowledgement is a few hundred bytes; only a whole raw message can be one
        if (message.rawComplete() && acknowledgementReceiver.receive(message)) {
            return;
        }
        try {
            if (message.rawComplete()) {
                apply(message);
            } else {
                applyStreamed(message);
            }
        } catch (MappingException e) {
            acknowledgements.applicationRejected(message, e);
            throw e;
        }
    }

    private void apply(WireMessage message) {
        long wireMessageId = message.id();
        Interchange<List<DealUpdate>> interchange = read(message);
        if (interchange.messages().isEmpty()) {
            throw new MappingException(EdiPosition.segment(0, "UNZ"), "the interchange holds no message");
        }
        String sender = interchange.header().senderId();
        String interchangeRef = interchange.header().controlReference();

        List<MessageUpdates> messages = new ArrayList<>(interchange.messages().size());
        for (EdifactMessage<List<DealUpdate>> edifact : interchange.messages()) {
            messages.add(new MessageUpdates(new MessageKey(sender, interchangeRef, edifact.messageRef()), edifact.document()));
        }
        List<StoredDocument> stored = deals.applyAll(messages, wireMessageId);
        StoredDocument last = stored.get(stored.size() - 1);
        if (stored.stream().allMatch(StoredDocument::duplicate)) {
            wireMessages.markDuplicate(wireMessageId, "every message of interchange " + interchangeRef + " from "
                    + sender + " was stored before; nothing changed (document " + last.documentId() + ")");
            log.info("wire message {} is a duplicate of interchange {} from {}", wireMessageId, interchangeRef, sender);
            return;
        }
        wireMessages.markProcessed(wireMessageId, last.dealId(), last.documentId());
        acknowledgements.accepted(message, interchange.header());
        log.info("wire message {}: {} message(s) applied, deal {}", wireMessageId, stored.size(), last.dealId());
    }

    /**
     * An interchange too large to hold (the store gave only its head): read twice from the archive,
     * message by message. The first pass validates and maps every message and keeps nothing, so a
     * bad message anywhere rejects the interchange before any of it is applied, as for small ones;
     * the second applies batches of messages, one transaction each. Message keys make a batch that
     * was applied before a crash a no-op when the interchange is processed again.
     */
    private void applyStreamed(WireMessage message) {
        long wireMessageId = message.id();
        Charset override = charsetOverride(message);
        StreamedInterchange checked = stream(message, override, mapped -> { });
        if (checked.messages() == 0) {
            throw new MappingException(EdiPosition.segment(0, "UNZ"), "the interchange holds no message");
        }
        String sender = checked.header().senderId();
        String interchangeRef = checked.header().controlReference();
        List<MessageUpdates> batch = new ArrayList<>(STREAMED_BATCH);
        List<StoredDocument> stored = new ArrayList<>();
        stream(message, override, mapped -> {
            batch.add(new MessageUpdates(new MessageKey(sender, interchangeRef, mapped.messageRef()), mapped.document()));
            if (batch.size() == STREAMED_BATCH) {
                lastOf(deals.applyAll(batch, wireMessageId), stored);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            lastOf(deals.applyAll(batch, wireMessageId), stored);
        }
        StoredDocument last = stored.get(stored.size() - 1);
        if (stored.stream().allMatch(StoredDocument::duplicate)) {
            wireMessages.markDuplicate(wireMessageId, "every message of interchange " + interchangeRef + " from "
                    + sender + " was stored before; nothing changed");
            return;
        }
        wireMessages.markProcessed(wireMessageId, last.dealId(), last.documentId());
        acknowledgements.accepted(message, checked.header());
        log.info("wire message {}: {} message(s) of a {} byte interchange applied in batches of {}", wireMessageId,
                checked.messages(), message.rawSize(), STREAMED_BATCH);
    }

    /** Keeps one result per batch: whether all were duplicates, and where the last one went. */
    private static void lastOf(List<StoredDocument> batch, List<StoredDocument> kept) {
        boolean allDuplicates = batch.stream().allMatch(StoredDocument::duplicate);
        StoredDocument last = batch.get(batch.size() - 1);
        kept.add(new StoredDocument(last.dealId(), last.documentId(), allDuplicates));
    }

    private StreamedInterchange stream(WireMessage message, Charset override,
                                       Consumer<EdifactMessage<List<DealUpdate>>> each) {
        try (InputStream raw = wireMessages.openRaw(message.id())) {
            return reader.stream(raw, override, each);
        } catch (EdiSyntaxException e) {
            acknowledgements.rejected(message, e);
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("reading wire message " + message.id() + " from the archive", e);
        }
    }

    /** Syntax errors are answered with a rejecting CONTRL, then rejected as any permanent failure. */
    private Interchange<List<DealUpdate>> read(WireMessage message) {
        try {
            return reader.read(message.raw(), charsetOverride(message));
        } catch (EdiSyntaxException e) {
            acknowledgements.rejected(message, e);
            throw e;
        }
    }

    /** A partner whose bytes do not match what its UNB declares has the real charset in its profile. */
    private Charset charsetOverride(WireMessage message) {
        return partners.findByEdiId(message.partner(), message.correlation().get("senderQualifier"))
                .map(PartnerProfile::charsetOverride)
                .map(Charset::forName)
                .orElse(null);
    }
}

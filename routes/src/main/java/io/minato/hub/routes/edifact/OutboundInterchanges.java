package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.edifact.write.outbound.OutboundMessages;
import io.minato.hub.mappings.edifact.write.outbound.WrittenInterchange;
import io.minato.hub.mappings.partner.ControlNumbers;
import io.minato.hub.mappings.partner.Acknowledgement;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.support.MinatoException;
import io.minato.hub.mappings.vgm.VgmReport;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.Dispatch;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Sends a document to a partner as an EDIFACT interchange: takes the partner's next control
 * number, writes the message ({@link OutboundMessages}), archives it as an outbound wire message
 * and only then queues its delivery, as {@link Acknowledgements} does for CONTRL. The archive is
 * the one record of what left: a failed queueing leaves the message FAILED there, re-sendable.
 */
@Component
public class OutboundInterchanges {

    private static final Logger log = LoggerFactory.getLogger(OutboundInterchanges.class);

    private final ControlNumbers controlNumbers;
    private final WireMessageStore wireMessages;
    private final Dispatch dispatch;
    private final EdifactSendingSettings settings;
    private final Clock clock;
    private final AcknowledgementExpectations expectations;

    OutboundInterchanges(ControlNumbers controlNumbers, WireMessageStore wireMessages, Dispatch dispatch,
                         EdifactSendingSettings settings, ObjectProvider<Clock> clock,
                         AcknowledgementExpectations expectations) {
        this.controlNumbers = controlNumbers;
        this.wireMessages = wireMessages;
        this.dispatch = dispatch;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.expectations = expectations;
    }

    /**
     * Writes, archives and queues {@code document} for {@code partner}; the wire message is tied
     * to the deal and document it was built from.
     *
     * @return the id of the archived wire message
     * @throws IllegalArgumentException for a document no message is written from
     * @throws io.minato.hub.mappings.edifact.write.InterchangeWriteException for a value the message
     *         or the partner's charset cannot hold; nothing is archived then
     * @throws DeliveryNotQueuedException when the archived interchange could not be queued
     */
    public long send(PartnerProfile partner, Object document, long dealId, long documentId) {
        EdifactSendingSettings.SyntaxChoice syntax = settings.syntaxFor(partner.code());
        LocalDateTime preparedAt = LocalDateTime.now(clock);
        // a trial write first: a document the partner's charset cannot hold must fail before it takes a
        // control number, as partners that watch their sequence for gaps would query the gap
        OutboundMessages.write(document, envelope(partner, syntax, 1, preparedAt));
        long reference = controlNumbers.next(partner.code(), WireDirection.OUT, partner.test());
        WrittenInterchange written = OutboundMessages.write(document, envelope(partner, syntax, reference, preparedAt));

        Map<String, String> correlation = documentKeys(document);
        correlation.put("interchangeRef", String.valueOf(reference));
        correlation.put("messageRefs", String.join(",", written.messageReferences()));
        correlation.put("messageType", written.message().type());
        correlation.put("message", written.message().toString());
        correlation.put("syntax", syntax.identifier() + ":" + syntax.version());
        long id = wireMessages.archive(new NewWireMessage(partner.wireChannel(), WireDirection.OUT, partner.code(),
                "application/EDIFACT", null, written.bytes(), correlation));
        wireMessages.linkToDocument(id, dealId, documentId);
        expectations.expect(id, partner, written.message().type());
        try {
            dispatch.deliver(wireMessages.find(id).orElseThrow());
        } catch (RuntimeException e) {
            wireMessages.markFailed(id, "could not be queued for delivery: " + e.getMessage());
            throw new DeliveryNotQueuedException(id, e);
        }
        log.info("{} {} for {} archived as wire message {} and queued", written.message().type(), reference,
                partner.code(), id);
        return id;
    }

    private OutboundEnvelope envelope(PartnerProfile partner, EdifactSendingSettings.SyntaxChoice syntax, long reference,
                                      LocalDateTime preparedAt) {
        // 0031 = 1 asks for the CONTRL the partner's profile says it sends; the inbound flow records it
        // on this interchange (AcknowledgementReceiver)
        boolean contrlWanted = partner.acknowledgement() == Acknowledgement.CONTRL
                || partner.acknowledgement() == Acknowledgement.CONTRL_AND_APERAK;
        return new OutboundEnvelope(syntax.identifier(), syntax.version(), settings.senderId(), settings.senderQualifier(),
                partner.ediId(), partner.ediQualifier().isEmpty() ? null : partner.ediQualifier(), reference, preparedAt,
                partner.test(), contrlWanted);
    }

    /** Business keys a user searches the archive by (GET /api/v1/messages?bookingNo=…). */
    private static Map<String, String> documentKeys(Object document) {
        Map<String, String> keys = new HashMap<>();
        if (document instanceof ShippingInstruction si) {
            putIfPresent(keys, "bookingNo", si.bookingNo());
        } else if (document instanceof VgmReport vgm) {
            putIfPresent(keys, "bookingNo", vgm.bookingNo());
        } else if (document instanceof BookingRequest request) {
            putIfPresent(keys, "bookingRequestNo", request.requestNo());
        }
        return keys;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** The interchange is archived (FAILED) but not queued: the broker refused it. Re-send it later. */
    public static final class DeliveryNotQueuedException extends MinatoException {

        private final long wireMessageId;

        DeliveryNotQueuedException(long wireMessageId, Throwable cause) {
            super("wire message " + wireMessageId + " was archived but could not be queued for delivery: "
                    + cause.getMessage(), cause);
            this.wireMessageId = wireMessageId;
        }

        public long wireMessageId() {
            return wireMessageId;
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }
}

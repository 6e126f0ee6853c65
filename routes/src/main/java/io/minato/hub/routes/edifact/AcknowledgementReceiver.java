package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.ack.AckKind;
import io.minato.hub.mappings.edifact.ack.AcknowledgementReader;
import io.minato.hub.mappings.edifact.ack.AcknowledgementReceived;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.wire.AckStatus;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes CONTRL and APERAK a partner sends about our interchanges: records each one's outcome on the
 * outbound wire message it answers and marks the acknowledgement PROCESSED, linked to it. One that
 * answers nothing we sent that partner is REJECTED saying so. Never answered with a CONTRL: an
 * acknowledgement is not acknowledged, broken or not.
 */
@Component
class AcknowledgementReceiver {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementReceiver.class);

    private final WireMessageStore wireMessages;
    private final PartnerDirectory partners;

    AcknowledgementReceiver(WireMessageStore wireMessages, PartnerDirectory partners) {
        this.wireMessages = wireMessages;
        this.partners = partners;
    }

    /**
     * @return false when the interchange holds no acknowledgement (the caller processes it as a business
     *         message); true when it did and its fate is recorded
     * @throws EdiSyntaxException a broken acknowledgement, every problem with its position (permanent)
     */
    public boolean receive(WireMessage inbound) {
        Optional<AckKind> kind = AcknowledgementReader.kindOf(inbound.raw());
        if (kind.isEmpty()) {
            return false;
        }
        List<AcknowledgementReceived> acks = AcknowledgementReader.read(inbound.raw(), kind.get());
        AcknowledgementReceived first = acks.get(0);
        Optional<PartnerProfile> partner = partners.findByEdiId(first.sender(), first.senderQualifier());
        if (partner.isEmpty()) {
            wireMessages.markRejected(inbound.id(), kind.get() + " from " + first.sender()
                    + ", which is no registered partner: it cannot answer an interchange the hub sent");
            log.warn("wire message {}: {} from unregistered sender {}", inbound.id(), kind.get(), first.sender());
            return true;
        }
        record(inbound, kind.get(), partner.get(), acks);
        return true;
    }

    private void record(WireMessage inbound, AckKind kind, PartnerProfile partner, List<AcknowledgementReceived> acks) {
        Map<String, Long> answered = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        for (AcknowledgementReceived ack : acks) {
            Optional<WireMessage> outbound = wireMessages.findOutboundInterchange(partner.code(), ack.answeredInterchangeRef());
            if (outbound.isEmpty()) {
                unanswered.add(kind + " message " + ack.messageRef() + " answers interchange "
                        + ack.answeredInterchangeRef() + ", which the hub never sent to " + partner.code());
                continue;
            }
            wireMessages.recordAcknowledgement(outbound.get().id(), status(ack), inbound.id(), detail(ack, inbound));
            answered.put(ack.answeredInterchangeRef(), outbound.get().id());
            log.info("wire message {}: {} {} for interchange {} (wire message {})", inbound.id(), kind, ack.outcome(),
                    ack.answeredInterchangeRef(), outbound.get().id());
        }
        Map<String, String> correlation = new LinkedHashMap<>();
        correlation.put("messageType", kind.name());
        correlation.put("answers", acks.stream().map(AcknowledgementReceived::answeredInterchangeRef).distinct()
                .collect(Collectors.joining(",")));
        if (!answered.isEmpty()) {
            correlation.put("answersWireMessage", answered.values().stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        wireMessages.addCorrelation(inbound.id(), correlation);
        if (unanswered.isEmpty()) {
            wireMessages.markProcessed(inbound.id(), null, null);
            return;
        }
        String recorded = answered.isEmpty() ? "" : "; recorded on wire message(s) " + correlation.get("answersWireMessage");
        wireMessages.markRejected(inbound.id(), String.join("; ", unanswered) + recorded);
        log.warn("wire message {}: {} answers interchange(s) never sent: {}", inbound.id(), kind, unanswered);
    }

    private static AckStatus status(AcknowledgementReceived ack) {
        return switch (ack.outcome()) {
            case ACCEPTED -> AckStatus.ACCEPTED;
            case PARTIALLY_ACCEPTED -> AckStatus.PARTIALLY_ACCEPTED;
            case REJECTED -> AckStatus.REJECTED;
            case RECEIVED -> AckStatus.RECEIVED;
        };
    }

    /** "CONTRL REJECTED: message 1, segment 3: 0085 code 12 invalid value (wire message 812, interchange C00002)". */
    private static String detail(AcknowledgementReceived ack, WireMessage inbound) {
        return ack.describe() + " (wire message " + inbound.id() + ", interchange " + ack.interchangeRef() + ")";
    }
}

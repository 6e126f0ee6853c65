package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.deal.UnknownDealException;
import io.minato.hub.mappings.edifact.write.ReceivedMessage;
import io.minato.hub.mappings.edifact.write.outbound.ApplicationRejection;
import io.minato.hub.mappings.edifact.write.outbound.OutboundMessages;
import io.minato.hub.mappings.party.UnknownPartyException;
import io.minato.hub.mappings.support.MappingException;
import java.util.List;
import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.write.ContrlReport;
import io.minato.hub.mappings.edifact.write.ContrlWriter;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.edifact.write.ReceivedMessages;
import io.minato.hub.mappings.partner.Acknowledgement;
import io.minato.hub.mappings.partner.ControlNumbers;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.Dispatch;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers an inbound interchange with a CONTRL when its UNB asks (0031 = 1) or its partner's
 * profile wants one: accepted, or rejected naming the segments at fault. The CONTRL is archived as
 * an outbound wire message and delivered like any other interchange.
 */
@Component
class Acknowledgements {

    private static final Logger log = LoggerFactory.getLogger(Acknowledgements.class);
    private static final EnumSet<Acknowledgement> WANTS_CONTRL =
            EnumSet.of(Acknowledgement.CONTRL, Acknowledgement.CONTRL_AND_APERAK);
    private static final EnumSet<Acknowledgement> WANTS_APERAK =
            EnumSet.of(Acknowledgement.APERAK, Acknowledgement.CONTRL_AND_APERAK);

    private final PartnerDirectory partners;
    private final ControlNumbers controlNumbers;
    private final WireMessageStore wireMessages;
    private final Dispatch dispatch;
    private final AcknowledgementExpectations expectations;

    Acknowledgements(PartnerDirectory partners, ControlNumbers controlNumbers, WireMessageStore wireMessages,
                     Dispatch dispatch, AcknowledgementExpectations expectations) {
        this.partners = partners;
        this.controlNumbers = controlNumbers;
        this.wireMessages = wireMessages;
        this.dispatch = dispatch;
        this.expectations = expectations;
    }

    void accepted(WireMessage inbound, InterchangeHeader header) {
        answer(inbound, header, () -> ContrlReport.accepted(header));
    }

    /** Without a readable UNB there is nobody to answer: the rejection stays on the wire message. */
    void rejected(WireMessage inbound, EdiSyntaxException problems) {
        EnvelopeInspector.inspect(inbound.raw()).ifPresent(header -> answer(inbound, header,
                () -> ContrlReport.rejected(header, ReceivedMessages.scan(inbound.raw()), problems)));
    }

    /**
     * A message that was syntactically fine but cannot be applied (an unknown booking or party, a
     * missing business value): the interchange is acknowledged by CONTRL as received correctly,
     * and the rejected message is answered with an APERAK naming the reason, if the partner's
     * profile asks for APERAKs.
     */
    void applicationRejected(WireMessage inbound, MappingException problem) {
        Optional<InterchangeHeader> header = EnvelopeInspector.inspect(inbound.raw());
        if (header.isEmpty()) {
            return;
        }
        answer(inbound, header.get(), () -> ContrlReport.accepted(header.get()));
        Optional<PartnerProfile> partner = partners.findByEdiId(header.get().senderId(), header.get().senderQualifier());
        if (partner.isEmpty() || !WANTS_APERAK.contains(partner.get().acknowledgement())) {
            return;
        }
        try {
            Long aperakId = sendAperak(inbound, header.get(), partner.get(), problem);
            if (aperakId != null) {
                wireMessages.addCorrelation(inbound.id(), Map.of("applicationAcknowledgement", "APERAK as wire message " + aperakId));
            }
        } catch (RuntimeException e) {
            log.error("wire message {}: APERAK could not be written", inbound.id(), e);
            wireMessages.addCorrelation(inbound.id(), Map.of("applicationAcknowledgement", "APERAK failed: " + e.getMessage()));
        }
    }

    /** @return the APERAK's wire message id, or null when the interchange holds no message to name */
    private Long sendAperak(WireMessage inbound, InterchangeHeader header, PartnerProfile partner, MappingException problem) {
        String messageRef = problem.position() == null ? null : problem.position().messageRef();
        List<ReceivedMessage> received = ReceivedMessages.scan(inbound.raw());
        ReceivedMessage rejected = received.stream().filter(m -> m.reference().equals(messageRef)).findFirst()
                .orElse(received.isEmpty() ? null : received.get(0));
        if (rejected == null) {
            // an interchange without a message: an APERAK names a message, so there is nothing to
            // answer with one; the rejection itself stays on the wire message
            wireMessages.addCorrelation(inbound.id(), Map.of("applicationAcknowledgement",
                    "no APERAK: interchange " + header.controlReference() + " holds no message to name"));
            return null;
        }
        long reference = controlNumbers.next(partner.code(), WireDirection.OUT, header.test());
        OutboundEnvelope envelope = new OutboundEnvelope(header.syntaxIdentifier(), replyVersion(header),
                header.recipientId(), header.recipientQualifier(), header.senderId(), header.senderQualifier(),
                reference, LocalDateTime.now(), header.test(), false);
        ApplicationRejection rejection = new ApplicationRejection("REJ" + reference, header.controlReference(),
                rejected.reference(), rejected.identifier().type(), null, errorCode(problem), problem.getMessage());
        byte[] aperak = OutboundMessages.write(rejection, envelope).bytes();
        long id = wireMessages.archive(new NewWireMessage(partner.wireChannel(), WireDirection.OUT, partner.code(),
                "application/EDIFACT", null, aperak, Map.of("interchangeRef", String.valueOf(reference),
                "messageType", "APERAK", "rejects", header.controlReference() + "/" + rejected.reference(),
                "answersWireMessage", String.valueOf(inbound.id()))));
        expectations.expect(id, partner, "APERAK");
        dispatch.deliver(wireMessages.find(id).orElseThrow());
        log.info("wire message {}: message {} rejected by APERAK {}", inbound.id(), rejected.reference(), reference);
        return id;
    }

    /** 9321 application error code: 53 reference not found (unknown deal or party), else 12 invalid value. */
    private static String errorCode(MappingException problem) {
        return problem instanceof UnknownDealException || problem instanceof UnknownPartyException ? "53" : "12";
    }

    /**
     * An acknowledgement that cannot be written must not undo or fail the processing it reports
     * on: the failure is logged and recorded on the inbound wire message instead.
     */
    private void answer(WireMessage inbound, InterchangeHeader header, Supplier<ContrlReport> report) {
        Optional<PartnerProfile> partner = partners.findByEdiId(header.senderId(), header.senderQualifier());
        boolean wanted = header.acknowledgementRequested()
                || partner.map(p -> WANTS_CONTRL.contains(p.acknowledgement())).orElse(false);
        if (!wanted) {
            return;
        }
        String earlier = inbound.correlation().get("acknowledgement");
        if (earlier != null && earlier.startsWith("CONTRL as wire message")) {
            // a re-processed interchange was acknowledged when it first arrived: one CONTRL per interchange
            log.info("wire message {} was answered before ({}); no second CONTRL", inbound.id(), earlier);
            return;
        }
        if (partner.isEmpty()) {
            log.warn("wire message {}: {} asks for a CONTRL but is no registered partner; register it to answer",
                    inbound.id(), header.senderId());
            wireMessages.addCorrelation(inbound.id(), Map.of("acknowledgement",
                    "not sent: sender " + header.senderId() + " is no registered partner"));
            return;
        }
        try {
            long contrlId = send(inbound, header, partner.get(), report.get());
            wireMessages.addCorrelation(inbound.id(), Map.of("acknowledgement", "CONTRL as wire message " + contrlId));
        } catch (RuntimeException e) {
            log.error("wire message {}: CONTRL could not be written", inbound.id(), e);
            wireMessages.addCorrelation(inbound.id(), Map.of("acknowledgement", "CONTRL failed: " + e.getMessage()));
        }
    }

    private long send(WireMessage inbound, InterchangeHeader header, PartnerProfile partner, ContrlReport report) {
        long reference = controlNumbers.next(partner.code(), WireDirection.OUT, header.test());
        OutboundEnvelope envelope = new OutboundEnvelope(header.syntaxIdentifier(), replyVersion(header),
                header.recipientId(), header.recipientQualifier(), header.senderId(), header.senderQualifier(),
                reference, LocalDateTime.now(), header.test(), false);
        byte[] contrl = ContrlWriter.write(report, envelope);
        Channel channel = partner.wireChannel();
        long id = wireMessages.archive(new NewWireMessage(channel, WireDirection.OUT, partner.code(),
                "application/EDIFACT", null, contrl, Map.of("interchangeRef", String.valueOf(reference),
                "messageType", "CONTRL", "acknowledges", header.controlReference(),
                "answersWireMessage", String.valueOf(inbound.id()))));
        expectations.expect(id, partner, "CONTRL");
        dispatch.deliver(wireMessages.find(id).orElseThrow());
        log.info("wire message {} answered with CONTRL {} ({})", inbound.id(), reference, report.action());
        return id;
    }

    /**
     * The syntax version of an answer: the partner's own, but at least 3, since CONTRL and APERAK
     * as the hub writes them (and StAEDI's writer) are defined from version 3 on; a partner on
     * UNOA:1 or UNOA:2 reads the same UNB elements under 3.
     */
    private static int replyVersion(InterchangeHeader header) {
        return Math.max(3, Integer.parseInt(header.syntaxVersion()));
    }
}

package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.write.ContrlReport;
import io.minato.hub.mappings.edifact.write.ContrlWriter;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.edifact.write.ReceivedMessages;
import io.minato.hub.mappings.partner.Acknowledgement;
import io.minato.hub.mappings.partner.ControlNumbers;
import io.minato.hub.mappings.partner.PartnerChannel;
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
        OutboundEnvelope envelope = new OutboundEnvelope(header.syntaxIdentifier(), Integer.parseInt(header.syntaxVersion()),
                header.recipientId(), header.recipientQualifier(), header.senderId(), header.senderQualifier(),
                reference, LocalDateTime.now(), header.test(), false);
        byte[] contrl = ContrlWriter.write(report, envelope);
        Channel channel = partner.channel() == PartnerChannel.SFTP ? Channel.EDIFACT_SFTP : Channel.EDIFACT_FILE;
        long id = wireMessages.archive(new NewWireMessage(channel, WireDirection.OUT, partner.code(),
                "application/EDIFACT", null, contrl, Map.of("interchangeRef", String.valueOf(reference),
                "messageType", "CONTRL", "acknowledges", header.controlReference(),
                "answersWireMessage", String.valueOf(inbound.id()))));
        expectations.expect(id, partner, "CONTRL");
        dispatch.deliver(wireMessages.find(id).orElseThrow());
        log.info("wire message {} answered with CONTRL {} ({})", inbound.id(), reference, report.action());
        return id;
    }
}

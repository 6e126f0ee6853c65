package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.mappings.naccs.EcrMapper;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.submission.SubmissionStatus;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Builds a NACCS input message for a submission and records that it went out. */
@Component
class NaccsInputBuilder {

    private static final Logger log = LoggerFactory.getLogger(NaccsInputBuilder.class);

    private final NaccsSubmissionStore submissions;
    private final WireMessageStore wireMessages;
    private final NaccsLayouts layouts;
    private final NaccsSettings settings;

    NaccsInputBuilder(NaccsSubmissionStore submissions, WireMessageStore wireMessages, NaccsLayouts layouts,
                      NaccsSettings settings) {
        this.submissions = submissions;
        this.wireMessages = wireMessages;
        this.layouts = layouts;
        this.settings = settings;
    }

    /**
     * The mail body to send, or null when the submission went out before (a redelivery after a
     * crash must not submit twice: NACCS would register the cargo twice).
     */
    public String build(@Header(WireHeaders.SUBMISSION_ID) long submissionId, Exchange exchange) {
        NaccsSubmission submission = submissions.find(submissionId)
                .orElseThrow(() -> new UnprocessableMessageException("NACCS submission " + submissionId + " does not exist"));
        if (submission.status() != SubmissionStatus.QUEUED) {
            log.warn("submission {} is {} already; not sent again", submissionId, submission.status());
            return null;
        }
        byte[] message = encode(submission);
        long wireMessageId = wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.OUT,
                settings.address(), "text/plain; charset=" + settings.charset().name(), null,
                InputCommonPart.maskPassword(message),
                Map.of("handOverInfo", submission.handOverInfo(), "inputIdNumber", submission.inputIdNumber(),
                        "businessCode", submission.businessCode(), "submissionId", String.valueOf(submissionId))));
        exchange.getIn().setHeader(WireHeaders.WIRE_MESSAGE_ID, wireMessageId);
        exchange.getIn().setHeader("Subject", submission.businessCode());
        return new String(message, settings.charset());
    }

    public void sent(@Header(WireHeaders.SUBMISSION_ID) long submissionId,
                     @Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        wireMessages.markSent(wireMessageId);
        submissions.markSent(submissionId, wireMessageId);
        log.info("NACCS submission {} sent as wire message {}", submissionId, wireMessageId);
    }

    private byte[] encode(NaccsSubmission submission) {
        NaccsLayout layout = layouts.find(submission.businessCode()).orElseThrow(() ->
                new UnprocessableMessageException("no layout for NACCS business " + submission.businessCode()
                        + " in " + layouts.location()));
        Map<String, String> items = itemsFor(submission);
        NaccsSettings.User user = settings.user();
        InputCommonPart commonPart = new InputCommonPart(submission.businessCode(), user.userCode(),
                user.identifier(), user.password(), submission.handOverInfo(), submission.inputIdNumber(), "",
                InputCommonPart.SEA);
        try {
            return new NaccsMessage(commonPart, layout.encode(items, settings.charset()), settings.charset()).toBytes();
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("cannot build " + submission.businessCode() + " for submission "
                    + submission.id() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> itemsFor(NaccsSubmission submission) {
        if (!"ECR".equals(submission.businessCode())) {
            throw new UnprocessableMessageException("NACCS business " + submission.businessCode()
                    + " has no mapping yet");
        }
        return EcrMapper.itemsFrom(submissions.shippingInstruction(submission.id()));
    }
}

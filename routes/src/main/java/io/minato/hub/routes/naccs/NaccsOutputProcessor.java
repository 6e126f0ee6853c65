package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Applies one NACCS output to the submission it answers. */
@Component
class NaccsOutputProcessor {

    private static final Logger log = LoggerFactory.getLogger(NaccsOutputProcessor.class);

    private final WireMessageStore wireMessages;
    private final NaccsSubmissionStore submissions;
    private final NaccsSettings settings;

    NaccsOutputProcessor(WireMessageStore wireMessages, NaccsSubmissionStore submissions, NaccsSettings settings) {
        this.wireMessages = wireMessages;
        this.submissions = submissions;
        this.settings = settings;
    }

    public void process(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        WireMessage wire = wireMessages.startAttempt(wireMessageId);
        MailBody mail = MailBodies.read(wire.raw());
        Charset charset = mail.charsetOr(settings.charset());
        NaccsMessage output = parse(mail.body(), charset);
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        NaccsSubmission submission = submissions.findByEcho(common.handOverInfo(), common.inputIdNumber())
                .orElseThrow(() -> new UnprocessableMessageException("no submission matches the echoed hand-over"
                        + " information '" + common.handOverInfo() + "' and input identification number '"
                        + common.inputIdNumber() + "' (output " + common.outputInfoCode() + ")"));
        wireMessages.addCorrelation(wireMessageId, Map.of("handOverInfo", common.handOverInfo(),
                "inputIdNumber", common.inputIdNumber(), "outputInfoCode", common.outputInfoCode(),
                "submissionId", String.valueOf(submission.id())));

        if (common.isProcessingResult()) {
            applyResult(submission, ProcessingResult.parse(output.businessPart(), charset), wireMessageId);
        } else {
            applyOutput(submission, common, wireMessageId);
        }
        wireMessages.markProcessed(wireMessageId, submission.dealId(), submission.sourceDocumentId());
    }

    private void applyResult(NaccsSubmission submission, ProcessingResult result, long wireMessageId) {
        List<String> codes = result.codes().stream().map(ResultCode::toString).toList();
        boolean accepted = result.errors().isEmpty();
        submissions.recordResult(submission.id(), accepted, codes, wireMessageId);
        log.info("NACCS {} submission {}: {} {}", submission.businessCode(), submission.id(),
                accepted ? "accepted" : "rejected", codes);
    }

    /** ECR's output names the export control number (輸出管理番号) first among the subject's keys. */
    private void applyOutput(NaccsSubmission submission, OutputCommonPart common, long wireMessageId) {
        if (!"ECR".equals(submission.businessCode()) || common.subject().isBlank()) {
            log.info("NACCS output {} for submission {} archived; nothing to apply", common.outputInfoCode(),
                    submission.id());
            return;
        }
        String number = common.subject().trim().split("\\s+")[0];
        if (number.equals(submission.exportControlNumber())) {
            return;
        }
        submissions.recordExportControlNumber(submission.id(), number, wireMessageId);
        log.info("NACCS ECR submission {}: export control number {}", submission.id(), number);
    }

    private static NaccsMessage parse(byte[] body, Charset charset) {
        try {
            return NaccsMessage.parseOutput(body, charset);
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("not a NACCS output: " + e.getMessage(), e);
        }
    }
}

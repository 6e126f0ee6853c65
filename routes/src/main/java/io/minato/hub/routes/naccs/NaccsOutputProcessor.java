package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputParts;
import io.minato.hub.mappings.naccs.output.NaccsOutputStore;
import io.minato.hub.mappings.naccs.output.PartArrival;
import io.minato.hub.mappings.naccs.output.ReceivedOutput;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one NACCS output mail from the archive: parses the output common part, records the output,
 * correlates it with its submission by the echoed hand-over information and input identification
 * number, joins split outputs (a part waits until its set is whole), then lets
 * {@link NaccsOutputApplier} apply it. Idempotent per mail and per part, so re-processing and
 * duplicated mails never apply twice.
 */
@Component
class NaccsOutputProcessor {

    private static final Logger log = LoggerFactory.getLogger(NaccsOutputProcessor.class);

    private final WireMessageStore wireMessages;
    private final NaccsSubmissionStore submissions;
    private final NaccsOutputStore outputs;
    private final NaccsOutputApplier applier;
    private final NaccsSettings settings;

    NaccsOutputProcessor(WireMessageStore wireMessages, NaccsSubmissionStore submissions, NaccsOutputStore outputs,
                         NaccsOutputApplier applier, NaccsSettings settings) {
        this.wireMessages = wireMessages;
        this.submissions = submissions;
        this.outputs = outputs;
        this.applier = applier;
        this.settings = settings;
    }

    public void process(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        WireMessage wire = wireMessages.startAttempt(wireMessageId);
        MailBody mail = MailBodies.read(wire.raw());
        Charset charset = mail.charsetOr(settings.charset());
        NaccsMessage output = parse(mail.body(), charset);
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        boolean part = OutputParts.isPart(common);
        long outputId = outputs.record(received(wireMessageId, common, part));

        Optional<NaccsSubmission> submission = submissions.findByEcho(common.handOverInfo(), common.inputIdNumber());
        wireMessages.addCorrelation(wireMessageId, correlation(common, submission));

        byte[] businessPart = output.businessPart();
        if (part) {
            PartArrival arrival = outputs.addPart(outputId, OutputParts.setKey(common), common.splitSeq(),
                    common.lastPart(), businessPart);
            if (arrival.state() != PartArrival.State.COMPLETE) {
                partOnly(wireMessageId, outputId, common, arrival, submission);
                return;
            }
            businessPart = arrival.joined();
            log.info("NACCS output {} for hand-over '{}' complete: {} parts joined", common.outputInfoCode(),
                    common.handOverInfo(), arrival.received());
        }
        applier.apply(wireMessageId, outputId, common, businessPart, charset, submission);
    }

    private void partOnly(long wireMessageId, long outputId, OutputCommonPart common, PartArrival arrival,
                          Optional<NaccsSubmission> submission) {
        outputs.partReceived(outputId, arrival.state().name(), submission.map(NaccsSubmission::id).orElse(null),
                submission.map(NaccsSubmission::dealId).orElse(null));
        if (arrival.state() == PartArrival.State.DUPLICATE) {
            wireMessages.markDuplicate(wireMessageId, "part " + common.splitSeq() + " of output "
                    + common.outputInfoCode() + " for hand-over '" + common.handOverInfo() + "' came before");
            return;
        }
        log.info("NACCS output {} part {} for hand-over '{}': {} of {} parts here", common.outputInfoCode(),
                common.splitSeq(), common.handOverInfo(), arrival.received(),
                arrival.expected() == null ? "?" : arrival.expected());
        wireMessages.markProcessed(wireMessageId, submission.map(NaccsSubmission::dealId).orElse(null), null);
    }

    /**
     * Keys a person or another flow finds the mail by; {@code naccsUserCode} always (from the output),
     * {@code naccsUser} (user code + identifier) when the submission it answers tells it.
     */
    private static Map<String, String> correlation(OutputCommonPart common, Optional<NaccsSubmission> submission) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("handOverInfo", common.handOverInfo());
        keys.put("inputIdNumber", common.inputIdNumber());
        keys.put("outputInfoCode", common.outputInfoCode());
        keys.put("naccsUserCode", common.userCode());
        if (OutputParts.isPart(common)) {
            keys.put("splitSeq", Integer.toString(common.splitSeq()));
        }
        submission.ifPresent(found -> {
            keys.put("submissionId", String.valueOf(found.id()));
            if (found.naccsUserId() != null) {
                keys.put("naccsUser", found.naccsUserId());
            }
        });
        return keys;
    }

    private static ReceivedOutput received(long wireMessageId, OutputCommonPart common, boolean part) {
        return new ReceivedOutput(wireMessageId, common.businessCode().strip(), common.outputInfoCode().strip(),
                common.receivedAt(), common.userCode(), common.subject(), common.handOverInfo(), common.inputIdNumber(),
                common.splitSeq(), common.lastPart(), name(common.messageKind()), name(common.destinationType()),
                part ? OutputParts.setKey(common) : null);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static NaccsMessage parse(byte[] body, Charset charset) {
        try {
            return NaccsMessage.parseOutput(body, charset);
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("not a NACCS output: " + e.getMessage(), e);
        }
    }
}

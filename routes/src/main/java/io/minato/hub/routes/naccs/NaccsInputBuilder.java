package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.mappings.submission.NaccsCredentials;
import io.minato.hub.mappings.submission.NaccsInput;
import io.minato.hub.mappings.submission.NaccsSendingStore;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.submission.SubmissionStatus;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds a NACCS input message for a claimed submission, archives it (password masked) and records
 * what became of the SMTP hand-over. The claim (QUEUED → SENDING, once, in the database) is what
 * keeps an input from going out twice; see {@link NaccsOutboundRoute} for the one remaining window.
 */
@Component
class NaccsInputBuilder {

    /** The camel-mail endpoint of the submission's NACCS user (relay and charset), for {@code toD}. */
    static final String SMTP_ENDPOINT = "MinatoNaccsSmtpEndpoint";

    private static final Logger log = LoggerFactory.getLogger(NaccsInputBuilder.class);

    private final NaccsSubmissionStore submissions;
    private final NaccsSendingStore sending;
    private final WireMessageStore wireMessages;
    private final NaccsLayouts layouts;
    private final NaccsSettings settings;

    NaccsInputBuilder(NaccsSubmissionStore submissions, NaccsSendingStore sending, WireMessageStore wireMessages,
                      NaccsLayouts layouts, NaccsSettings settings) {
        this.submissions = submissions;
        this.sending = sending;
        this.wireMessages = wireMessages;
        this.layouts = layouts;
        this.settings = settings;
    }

    /**
     * The mail body to send, or null when this delivery must not send: the submission was claimed
     * before (a queue redelivery after a crash, a second instance) — NACCS would register twice.
     */
    public String build(@Header(WireHeaders.SUBMISSION_ID) long submissionId, Exchange exchange) {
        Optional<NaccsInput> claimed = sending.claim(submissionId);
        if (claimed.isEmpty()) {
            SubmissionStatus status = submissions.find(submissionId).map(s -> s.status())
                    .orElseThrow(() -> new UnprocessableMessageException("NACCS submission " + submissionId
                            + " does not exist"));
            if (status == SubmissionStatus.SENDING) {
                sending.markInterrupted(submissionId);
                log.warn("submission {} was being sent when the hub stopped; not sent again (NACCS may have it)",
                        submissionId);
            } else {
                log.warn("submission {} is {} already; not sent again", submissionId, status);
            }
            return null;
        }
        NaccsInput input = claimed.get();
        Charset charset = Charset.forName(input.charset());
        byte[] message = encode(input, charset);
        NaccsCredentials credentials = input.credentials();
        long wireMessageId = wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.OUT,
                settings.address(), "text/plain; charset=" + charset.name(), null,
                InputCommonPart.maskPassword(message),
                Map.of("handOverInfo", input.handOverInfo(), "inputIdNumber", input.inputIdNumber(),
                        "businessCode", input.businessCode(), "submissionId", String.valueOf(submissionId),
                        "naccsUser", credentials.userId(), "naccsUserCode", credentials.userCode())));
        exchange.getIn().setHeader(WireHeaders.WIRE_MESSAGE_ID, wireMessageId);
        exchange.getIn().setHeader("Subject", input.businessCode());
        exchange.getIn().setHeader(SMTP_ENDPOINT, endpoint(input, charset));
        return new String(message, charset);
    }

    public void sent(@Header(WireHeaders.SUBMISSION_ID) long submissionId,
                     @Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        wireMessages.markSent(wireMessageId);
        submissions.markSent(submissionId, wireMessageId);
        log.info("NACCS submission {} sent as wire message {}", submissionId, wireMessageId);
    }

    /** Before each redelivery of a failed SMTP hand-over: shown on the submission, so waiting is visible. */
    public void retrying(Exchange exchange) {
        Long submissionId = exchange.getIn().getHeader(WireHeaders.SUBMISSION_ID, Long.class);
        Integer attempt = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (submissionId != null) {
            sending.recordSendFailure(submissionId, attempt == null ? 1 : attempt,
                    cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
    }

    private String endpoint(NaccsInput input, Charset charset) {
        String host = input.relayHost() != null ? input.relayHost() : settings.smtpHost();
        int port = input.relayPort() != null ? input.relayPort() : settings.smtpPort();
        return "smtp://" + host + ":" + port + "?from=" + encode(settings.from()) + "&to=" + encode(settings.address())
                + "&contentType=RAW(text/plain; charset=" + charset.name() + ")";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private byte[] encode(NaccsInput input, Charset charset) {
        NaccsLayout layout = layouts.find(input.businessCode()).orElseThrow(() ->
                new UnprocessableMessageException("no layout for NACCS business " + input.businessCode()
                        + " in " + layouts.location()));
        NaccsCredentials credentials = input.credentials();
        InputCommonPart commonPart = new InputCommonPart(input.businessCode(), credentials.userCode(),
                credentials.identifier(), credentials.password(), input.handOverInfo(), input.inputIdNumber(), "",
                InputCommonPart.SEA);
        try {
            return new NaccsMessage(commonPart, layout.encode(input.items(), charset), charset).toBytes();
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("cannot build " + input.businessCode() + " for submission "
                    + input.submissionId() + ": " + e.getMessage(), e);
        }
    }
}

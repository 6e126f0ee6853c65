package io.minato.hub.routes.support;

import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.wire.WireMessageStore;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where a failed exchange ends: on its wire message (REJECTED or FAILED, with the reason) and, for
 * an outbound NACCS input, on its submission. The one place a route exception is finally handled,
 * so the one place it is logged.
 */
@Component
public class FailureRecorder {

    private static final Logger log = LoggerFactory.getLogger(FailureRecorder.class);

    private final WireMessageStore wireMessages;
    private final NaccsSubmissionStore submissions;

    FailureRecorder(WireMessageStore wireMessages, NaccsSubmissionStore submissions) {
        this.wireMessages = wireMessages;
        this.submissions = submissions;
    }

    /** A permanent failure: the same input will fail the same way. */
    public void rejected(Exchange exchange, @Header(WireHeaders.WIRE_MESSAGE_ID) Long wireMessageId,
                         @Header(WireHeaders.SUBMISSION_ID) Long submissionId) {
        Exception cause = cause(exchange, wireMessageId, submissionId);
        log.warn("rejected (wire message {}, submission {}): {}", wireMessageId, submissionId, cause.getMessage());
        if (wireMessageId != null) {
            wireMessages.markRejected(wireMessageId, cause.getMessage());
        }
        if (submissionId != null) {
            submissions.markFailed(submissionId, cause.getMessage());
        }
    }

    /** A transient failure that outlived its retries; the input stays archived for re-processing. */
    public void failed(Exchange exchange, @Header(WireHeaders.WIRE_MESSAGE_ID) Long wireMessageId,
                       @Header(WireHeaders.SUBMISSION_ID) Long submissionId) {
        Exception cause = cause(exchange, wireMessageId, submissionId);
        log.error("failed after retries (wire message {}, submission {})", wireMessageId, submissionId, cause);
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        if (wireMessageId != null) {
            wireMessages.markFailed(wireMessageId, reason);
        }
        if (submissionId != null) {
            submissions.markFailed(submissionId, reason);
        }
    }

    private static Exception cause(Exchange exchange, Long wireMessageId, Long submissionId) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (wireMessageId == null && submissionId == null) {
            // Nothing to record it on: let it propagate so the consumer's own redelivery keeps the input.
            throw new IllegalStateException("a failure outside any wire message or submission", cause);
        }
        return cause;
    }
}

package io.minato.hub.mappings.submission;

import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.util.List;
import java.util.Optional;

/** Submissions to NACCS and their results. */
public interface NaccsSubmissionStore {

    Optional<NaccsSubmission> find(long id);

    /** The S/I a submission was built from, as it stands now. */
    ShippingInstruction shippingInstruction(long submissionId);

    /** Finds the submission an output belongs to by the echoed references. */
    Optional<NaccsSubmission> findByEcho(String handOverInfo, String inputIdNumber);

    void markSent(long id, long outboundMessageId);

    void markFailed(long id, String reason);

    /** Records a processing-result notice: ACCEPTED if {@code accepted}, else REJECTED. */
    void recordResult(long id, boolean accepted, List<String> resultCodes, long inboundMessageId);

    /**
     * Records the export control number from an ECR output on the submission and on its S/I (a new
     * version of the S/I with a new etag), in one transaction.
     */
    void recordExportControlNumber(long id, String exportControlNumber, long inboundMessageId);
}

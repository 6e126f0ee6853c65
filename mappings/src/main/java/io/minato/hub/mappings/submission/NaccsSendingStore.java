package io.minato.hub.mappings.submission;

import java.util.Optional;

/**
 * The outbound side of NACCS submissions: claiming one for sending, exactly once. The claim is a
 * conditional QUEUED → SENDING update in the database, so among several hub instances, redelivered
 * queue messages and retries, only one sender ever gets the input (keyed by the submission's input
 * information identification number and hand-over information, both unique).
 */
public interface NaccsSendingStore {

    /**
     * Claims a QUEUED submission for sending (QUEUED → SENDING) and answers its input with the NACCS
     * user's decrypted credentials; empty if it is not QUEUED (claimed before, sent, failed…).
     */
    Optional<NaccsInput> claim(long submissionId);

    /** A transport attempt failed and will be retried: counted and shown on the submission. */
    void recordSendFailure(long submissionId, int attempt, String reason);

    /**
     * A submission found SENDING by a later delivery: an earlier sender stopped between claiming and
     * recording the result of the SMTP hand-over. It is not sent again (NACCS may have it); it is
     * FAILED with that reason and its NACCS user released, and a result that still comes applies.
     */
    void markInterrupted(long submissionId);

    /**
     * The current credentials of a registered NACCS user (user code + identifier), decrypted, for
     * inputs that belong to no submission (SYG); empty if no such NACCS user is registered.
     */
    Optional<NaccsCredentials> credentials(String userCode, String identifier);
}

package io.minato.hub.mappings.submission;

/** Where a NACCS submission stands. */
public enum SubmissionStatus {
    /** Prefilled and editable; nothing sent, no NACCS user chosen yet. */
    DRAFT,
    /** Validated and queued (items frozen, NACCS user chosen), not yet handed to SMTP. */
    QUEUED,
    /**
     * Claimed by one sender and being handed to SMTP. Found again after a restart it means NACCS
     * may or may not have the input: the hub never sends it a second time.
     */
    SENDING,
    /** Handed to SMTP; awaiting the processing-result notice. */
    SENT,
    /** NACCS answered 00000-0000-0000 (or warnings only). */
    ACCEPTED,
    /** NACCS answered with error result codes. */
    REJECTED,
    /** Could not be built or sent; the reason says why. */
    FAILED
}

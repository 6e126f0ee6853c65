package io.minato.hub.mappings.submission;

/** Where a NACCS submission stands. */
public enum SubmissionStatus {
    /** Built and queued, not yet handed to SMTP. */
    QUEUED,
    /** Handed to SMTP; awaiting the processing-result notice. */
    SENT,
    /** NACCS answered 00000-0000-0000 (or warnings only). */
    ACCEPTED,
    /** NACCS answered with error result codes. */
    REJECTED,
    /** Could not be built or sent; the reason says why. */
    FAILED
}

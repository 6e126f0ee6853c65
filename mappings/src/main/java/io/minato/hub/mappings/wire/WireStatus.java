package io.minato.hub.mappings.wire;

/**
 * Where a wire message stands. RECEIVED is written before anything else touches the message, so a
 * crash between archive and processing leaves it visible and re-processable.
 */
public enum WireStatus {
    RECEIVED,
    PROCESSED,
    /** Could not be processed; the reason names segment/item and position. */
    REJECTED,
    /** Its content was processed before (same sender + interchange ref + message ref). */
    DUPLICATE,
    /** Outbound, archived and being handed to its transport. */
    SENDING,
    SENT,
    /** A transient failure outlived its retries; re-processable. */
    FAILED,
    /**
     * Inbound, from a company over its inbound limit (利用制限): archived and queued again, processed
     * when the limit allows; never dropped.
     */
    DEFERRED
}

package io.minato.hub.mappings.wire;

import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Archive of wire messages. Every write is its own committed transaction unless stated. */
public interface WireMessageStore {

    /** Archives a message and returns its id; committed when this returns. */
    long archive(NewWireMessage message);

    /**
     * As {@link #archive(NewWireMessage)}, the raw bytes read from {@code raw} as they are written,
     * never held whole (a 100 MB interchange from the inbox); {@code message.raw()} is ignored.
     */
    long archive(NewWireMessage message, InputStream raw, long size);

    Optional<WireMessage> find(long id);

    /**
     * An earlier inbound interchange from the same sender with the same interchange reference
     * that was applied (processed, or recognised as a duplicate) within {@code window} before
     * {@code message} arrived. References are reused once a partner's counter wraps, so only a
     * window, not all history, makes a repeat a duplicate.
     */
    Optional<Long> findAppliedInterchange(WireMessage message, Duration window);

    /** Adds correlation keys learned while processing (e.g. the UNB reference). */
    void addCorrelation(long id, Map<String, String> keys);

    void markProcessed(long id, Long dealId, Long documentId);

    /**
     * Ties a message to the deal and document it was built from, without changing its status
     * (an outbound interchange written from a document is still on its way).
     */
    void linkToDocument(long id, long dealId, long documentId);

    void markRejected(long id, String reason);

    void markDuplicate(long id, String reason);

    void markSent(long id);

    void markFailed(long id, String reason);

    /**
     * Records which acknowledgement an outbound interchange awaits: PENDING until {@code dueAt}, or
     * NOT_EXPECTED (and no due time) for {@link AckExpected#NONE}.
     */
    void expectAcknowledgement(long id, AckExpected expected, OffsetDateTime dueAt);

    /**
     * The outbound EDIFACT interchange sent to {@code partner} (our partner code) under UNB reference
     * {@code interchangeRef}; the newest, should a wrapped counter have reused the reference.
     */
    Optional<WireMessage> findOutboundInterchange(String partner, String interchangeRef);

    /** Records what an acknowledgement (inbound wire message {@code ackWireMessageId}) said of an outbound interchange. */
    void recordAcknowledgement(long id, AckStatus status, long ackWireMessageId, String detail);

    /** Every PENDING acknowledgement due before {@code now} becomes OVERDUE; answers those interchanges' ids. */
    List<Long> markOverdueAcknowledgements(OffsetDateTime now);

    /**
     * Counts a processing attempt (so re-processing and redelivery are visible) and answers the
     * archived message to process.
     *
     * @throws IllegalStateException if nothing is archived under the id
     */
    WireMessage startAttempt(long id);

    /**
     * The whole raw message as a stream read from the archive in slices, for messages too large
     * to hold in memory (a 100 MB interchange). Close it.
     */
    InputStream openRaw(long id);
}

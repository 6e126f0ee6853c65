package io.minato.hub.mappings.tradewaltz;

import java.util.List;
import java.util.Optional;

/** Where the TradeWaltz flow applies requests and keeps its feed cursor. */
public interface TradeWaltzStore {

    /**
     * Applies a request in one transaction: finds or creates the deal (by linkage id, else booking no. +
     * carrier or B/L no.), makes the known parties participants, fills its documents, links the deal to
     * the trade and queues ACCEPTED for TradeWaltz. Once per request id + version: the same again is a
     * duplicate, an older version than one applied is recorded and not applied.
     *
     * @throws io.minato.hub.mappings.support.MappingException (permanent) when the forwarder is unknown or a
     *                                                         document's fields do not fit its definition
     */
    Applied apply(TradeWaltzRequest request, long wireMessageId);

    /** Where the next poll of the feed starts; empty before the first. */
    Optional<String> cursor();

    /** Moves the cursor past a page archived as {@code wireMessageId} (null for an empty page not archived). */
    void advanceCursor(String cursor, Long wireMessageId);

    /** Records that a poll failed, for the status the operator sees. */
    void pollFailed(String reason);

    /** What became of a request. */
    enum Outcome {
        APPLIED,
        /** The same request id and version was applied (or superseded) before: nothing done. */
        DUPLICATE,
        /** A higher version of the request was applied before: recorded, not applied. */
        SUPERSEDED
    }

    /**
     * @param dealId      the deal it went to (null for a superseded version of a trade the hub has no deal for)
     * @param documentIds the documents it wrote (empty unless APPLIED)
     */
    record Applied(Outcome outcome, Long dealId, List<Long> documentIds) {

        public Applied {
            documentIds = List.copyOf(documentIds);
        }
    }
}

package io.minato.hub.app.tradewaltz;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** TradeWaltz linkages, received requests, their documents, the feed cursor and the status outbox (V29). */
@Mapper
interface TradeWaltzMapper {

    /** Serialises work on one linkage until the transaction ends (two requests of a trade, webhook and feed). */
    void lockLinkage(@Param("linkageId") String linkageId);

    Optional<ReceivedRequest> findRequest(@Param("requestId") String requestId, @Param("version") int version);

    /** The highest version of the request applied so far; null when none was. */
    Integer latestAppliedVersion(@Param("requestId") String requestId);

    Optional<Linkage> findLinkage(@Param("linkageId") String linkageId);

    void upsertLinkage(@Param("linkageId") String linkageId, @Param("tradeId") String tradeId,
                       @Param("kind") String kind, @Param("dealId") long dealId,
                       @Param("forwarderPartyId") long forwarderPartyId, @Param("requesterPartyId") Long requesterPartyId,
                       @Param("requestId") String requestId, @Param("version") int version);

    void insertRequest(@Param("requestId") String requestId, @Param("version") int version,
                       @Param("linkageId") String linkageId, @Param("kind") String kind, @Param("outcome") String outcome,
                       @Param("dealId") Long dealId, @Param("wireMessageId") long wireMessageId,
                       @Param("submittedAt") OffsetDateTime submittedAt);

    /** The document the linkage fills of this type, if it has one. */
    Long findDocument(@Param("linkageId") String linkageId, @Param("type") String type);

    void upsertDocument(@Param("linkageId") String linkageId, @Param("type") String type,
                        @Param("documentId") long documentId, @Param("requestId") String requestId,
                        @Param("version") int version);

    /** Owes TradeWaltz a status of the linkage, unless it is owed or sent already. */
    void queueStatus(@Param("linkageId") String linkageId, @Param("dealId") long dealId,
                     @Param("status") String status, @Param("detail") String detailJson);

    String cursor(@Param("feed") String feed);

    void advanceCursor(@Param("feed") String feed, @Param("cursor") String cursor,
                       @Param("wireMessageId") Long wireMessageId);

    void pollFailed(@Param("feed") String feed, @Param("reason") String reason);

    Optional<TradeWaltzStatus.Feed> feedStatus(@Param("feed") String feed);

    List<TradeWaltzStatus.Count> outboxCounts();

    /** Claims due pending updates until {@code lockedUntil}; answers them with their attempts so far. */
    List<Claim> claimDue(@Param("limit") int limit, @Param("lockedUntil") Instant lockedUntil);

    Optional<OutboxAttempt> startAttempt(@Param("id") long id, @Param("attemptsSoFar") int attemptsSoFar,
                                         @Param("lockedUntil") Instant lockedUntil);

    void attachWireMessage(@Param("id") long id, @Param("wireMessageId") long wireMessageId);

    void markSent(@Param("id") long id);

    void retry(@Param("id") long id, @Param("error") String error, @Param("nextAttemptAt") Instant nextAttemptAt);

    void fail(@Param("id") long id, @Param("error") String error);

    List<TradeWaltzDealView.LinkageRow> linkagesOfDeal(@Param("dealId") long dealId);

    List<TradeWaltzDealView.RequestRow> requestsOfLinkage(@Param("linkageId") String linkageId);

    List<TradeWaltzDealView.DocumentRow> documentsOfLinkage(@Param("linkageId") String linkageId);

    List<TradeWaltzDealView.StatusRow> statusesOfLinkage(@Param("linkageId") String linkageId);

    /** A request version received before: applied, or recorded as superseded. */
    record ReceivedRequest(String outcome, Long dealId) {
    }

    record Linkage(String linkageId, long dealId, String kind) {
    }

    record Claim(long id, int attempts) {
    }

    record OutboxAttempt(long id, String linkageId, String status, String payload, Long dealId, Long wireMessageId,
                         int attempts) {
    }
}

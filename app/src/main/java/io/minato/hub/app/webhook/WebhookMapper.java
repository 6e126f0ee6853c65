package io.minato.hub.app.webhook;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Webhook targets, the outbox, deliveries and their attempts. Ids of deliveries travel as UUID text. */
@Mapper
interface WebhookMapper {

    /** A target as the API shows it: never the secret. {@code events} comma-separated, empty = all. */
    record TargetRow(long id, String partyCode, String url, String events, boolean active,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A candidate receiver of an event. */
    record Candidate(long targetId, long partyId, String partyCode) {
    }

    /** A claimed attempt with what sending needs. */
    record AttemptRow(long deliveryId, String historyId, String eventType, int attempt, int roundAttempt,
                      int replay, Long targetId, String url, String secretEncrypted, String payload,
                      Instant startedAt) {

        @Override
        public String toString() {
            return "AttemptRow[" + historyId + " #" + attempt + "]";
        }
    }

    record DueRow(String historyId, int attempts) {
    }

    record DeliveryRow(long id, String historyId, long eventId, String eventType, Long targetId, String url,
                       String partyCode, String status, int attempts, int replays, Integer lastStatusCode,
                       String lastError, String payload, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt) {
    }

    record AttemptLogRow(long deliveryId, int attempt, int replay, OffsetDateTime startedAt,
                         OffsetDateTime finishedAt, Integer statusCode, String error, String outcome) {
    }

    Optional<Long> partyId(String code);

    long nextTargetId();

    void insertTarget(@Param("id") long id, @Param("partyId") long partyId, @Param("url") String url,
                      @Param("secretEncrypted") String secretEncrypted, @Param("events") String events,
                      @Param("active") boolean active);

    int updateTarget(@Param("id") long id, @Param("partyId") long partyId, @Param("url") String url,
                     @Param("secretEncrypted") String secretEncrypted, @Param("events") String events,
                     @Param("active") boolean active);

    int deleteTarget(@Param("id") long id, @Param("partyId") long partyId);

    List<TargetRow> findTargets(@Param("partyId") long partyId, @Param("id") Long id);

    /** Outbox rows, locked (skip locked) for this transaction, oldest first. */
    List<WebhookEvent> lockOutbox(int limit);

    /**
     * Active targets of the companies on the deal that want this event type, and of {@code alsoParty}
     * (a company no longer on the deal that the event is about), if not null.
     */
    List<Candidate> candidates(@Param("dealId") long dealId, @Param("type") String type,
                               @Param("alsoParty") String alsoParty);

    int insertDelivery(@Param("historyId") String historyId, @Param("eventId") long eventId,
                       @Param("targetId") long targetId, @Param("partyId") long partyId,
                       @Param("eventType") String eventType, @Param("payload") String payload);

    void deleteOutbox(@Param("eventIds") List<Long> eventIds);

    List<DueRow> claimDue(@Param("limit") int limit, @Param("lockedUntil") Instant lockedUntil);

    Optional<AttemptRow> startAttempt(@Param("historyId") String historyId, @Param("attemptsSoFar") int attemptsSoFar,
                                      @Param("lockedUntil") Instant lockedUntil);

    void insertAttempt(@Param("deliveryId") long deliveryId, @Param("attempt") int attempt,
                       @Param("replay") int replay, @Param("startedAt") Instant startedAt,
                       @Param("statusCode") Integer statusCode, @Param("error") String error,
                       @Param("outcome") String outcome);

    void finishDelivery(@Param("deliveryId") long deliveryId, @Param("attempt") int attempt,
                        @Param("status") String status, @Param("statusCode") Integer statusCode,
                        @Param("error") String error, @Param("nextAttemptAt") Instant nextAttemptAt);

    /**
     * Deliveries newest first.
     *
     * @param beforeId only deliveries with a smaller id (a page's cursor); null: from the newest
     */
    List<DeliveryRow> findDeliveries(@Param("partyId") Long partyId, @Param("historyId") String historyId,
                                     @Param("status") String status, @Param("beforeId") Long beforeId,
                                     @Param("limit") int limit);

    List<AttemptLogRow> attempts(@Param("deliveryIds") List<Long> deliveryIds);

    /** Makes a finished delivery due again with a fresh retry budget; 0 when it is not finished. */
    int replay(String historyId);
}

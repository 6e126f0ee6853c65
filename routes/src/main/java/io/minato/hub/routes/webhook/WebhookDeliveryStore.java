package io.minato.hub.routes.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the webhook flow needs from storage; implemented on PostgreSQL in the app. Declared here
 * rather than in {@code mappings} because deliveries are a transport concern, not part of the
 * document model.
 */
public interface WebhookDeliveryStore {

    /**
     * Turns up to {@code limit} outbox rows (events recorded since) into deliveries, one per target
     * of a company allowed to see the event, in one transaction. Idempotent per event × target.
     *
     * @return the outbox rows taken (events), so the caller knows whether more wait
     */
    int fanOut(int limit);

    /**
     * Claims up to {@code limit} deliveries that are due and not claimed (or whose claim lapsed)
     * until {@code lockedUntil}, to be queued.
     */
    List<DueDelivery> claimDue(int limit, Instant lockedUntil);

    /**
     * Starts attempt {@code attemptsSoFar + 1} of a queued delivery, if it is still the one queued
     * (a duplicate queue message, or one queued again after its claim lapsed, finds it moved on).
     */
    Optional<Attempt> startAttempt(UUID historyId, int attemptsSoFar, Instant lockedUntil);

    /** Logs the attempt and moves the delivery to its outcome. */
    void finishAttempt(Attempt attempt, AttemptResult result);

    /** A delivery ready for the queue: its history id and how many attempts it has had. */
    record DueDelivery(UUID historyId, int attempts) {
    }

    /**
     * One attempt to deliver, with what signing and sending need.
     *
     * @param attempt       the attempt's number over the delivery's life (the log's key)
     * @param roundAttempt  its number since the delivery was created or last replayed (the retry budget)
     * @param replay        how many times the delivery had been replayed
     * @param secret        the target's signing secret, decrypted; never logged (see toString)
     * @param payload       the exact body, identical on every attempt and replay
     */
    record Attempt(long deliveryId, UUID historyId, String eventType, int attempt, int roundAttempt, int replay,
                   String url, String secret, String payload, Instant startedAt) {

        @Override
        public String toString() {
            return "Attempt[" + historyId + " #" + attempt + " " + eventType + " to " + url + ", secret=********]";
        }
    }

    /**
     * How an attempt ended.
     *
     * @param statusCode    the receiver's HTTP status, null when there was no answer
     * @param error         why it failed, null when delivered
     * @param nextAttemptAt when to try again; null when delivered or given up (FAILED)
     */
    record AttemptResult(Outcome outcome, Integer statusCode, String error, Instant nextAttemptAt) {
    }

    enum Outcome { DELIVERED, RETRYING, FAILED }
}

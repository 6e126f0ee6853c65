package io.minato.hub.routes.tradewaltz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The status updates waiting to go back to TradeWaltz, one per trade linkage and status (ACCEPTED,
 * DOCUMENTS_SENT, PERMITTED), written in the transaction of what caused them; implemented on PostgreSQL in
 * the app. Declared here, as the webhook deliveries are, because it is a transport concern.
 */
public interface TradeWaltzStatusOutbox {

    /** Claims up to {@code limit} pending updates that are due and not claimed (or whose claim lapsed). */
    List<Claim> claimDue(int limit, Instant lockedUntil);

    /**
     * Starts the claimed attempt (counting it); empty when the update moved on meanwhile (sent, failed, or its
     * attempt started by a duplicate queue message), so one claim sends at most once.
     */
    Optional<Update> startAttempt(Claim claim, Instant lockedUntil);

    /** The outbound wire message an update is archived as, made on its first attempt. */
    void attachWireMessage(long id, long wireMessageId);

    void sent(long id);

    /** A failed attempt to be tried again at {@code nextAttemptAt}. */
    void retry(long id, String error, Instant nextAttemptAt);

    /** Given up after the last attempt. */
    void failed(long id, String error);

    /** A claimed update and the attempts it had when claimed; travels on the queue as {@code id:attempts}. */
    record Claim(long id, int attempts) {

        public String token() {
            return id + ":" + attempts;
        }

        public static Claim of(String token) {
            int colon = token.indexOf(':');
            return new Claim(Long.parseLong(token.substring(0, colon)), Integer.parseInt(token.substring(colon + 1)));
        }
    }

    /**
     * One attempt at an update.
     *
     * @param payload       the exact body, the same on every attempt
     * @param wireMessageId the outbound wire message, null before the first attempt
     * @param attempt       this attempt's number (1 for the first)
     */
    record Update(long id, String linkageId, String status, String payload, Long dealId, Long wireMessageId,
                  int attempt) {
    }
}

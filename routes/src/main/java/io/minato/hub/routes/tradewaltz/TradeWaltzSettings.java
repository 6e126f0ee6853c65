package io.minato.hub.routes.tradewaltz;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The TradeWaltz connection ({@code minato.tradewaltz}).
 *
 * @param baseUrl            the TradeWaltz API, e.g. {@code https://tradewaltz.example/tradewaltz/v1} (the simulator by default)
 * @param clientId           the platform's client id at TradeWaltz (HTTP Basic user of the feed and status calls)
 * @param clientSecret       its secret; set {@code MINATO_TRADEWALTZ_CLIENT_SECRET}, never logged
 * @param webhookSecret      the secret TradeWaltz signs webhooks with; set {@code MINATO_TRADEWALTZ_WEBHOOK_SECRET}
 * @param signatureTolerance how far a webhook's signed timestamp may be from the hub's clock (replays beyond it are refused)
 * @param inboundQueue       the Artemis queue archived webhooks and feed pages wait on to be applied
 * @param pageSize           requests asked per feed page
 * @param maxPagesPerPoll    pages one poll reads at most; the rest waits for the next poll
 * @param poll               the feed's schedule
 * @param status             status updates back to TradeWaltz
 */
@Validated
@ConfigurationProperties("minato.tradewaltz")
public record TradeWaltzSettings(@NotBlank String baseUrl, @NotBlank String clientId, @NotBlank String clientSecret,
                                 @NotBlank String webhookSecret, @NotNull Duration signatureTolerance,
                                 @NotBlank String inboundQueue, @Min(1) @Max(500) int pageSize,
                                 @Min(1) int maxPagesPerPoll, @NotNull @Valid Poll poll,
                                 @NotNull @Valid Status status) {

    /**
     * @param enabled      whether the schedule runs (route {@value TradeWaltzInboundRoute#TIMER}); a poll can always
     *                     be asked for ({@code POST /api/v1/tradewaltz/poll})
     * @param period       how often; one hub instance polls at a time (a PostgreSQL advisory lock)
     * @param initialDelay the first poll after start
     */
    public record Poll(boolean enabled, @NotNull Duration period, @NotNull Duration initialDelay) {
    }

    /**
     * @param queue        the Artemis queue claimed status updates wait on to be sent
     * @param pollDelayMs  how often the outbox is looked at for due updates
     * @param batchSize    updates claimed per look at most
     * @param maxAttempts  attempts per update before it is FAILED
     * @param initialDelay the wait after the first failed attempt, doubling up to {@code maxDelay}
     * @param requeueAfter a claimed update not sent within this time (a lost queue message, a crashed sender) is claimed again
     */
    public record Status(@NotBlank String queue, @Positive long pollDelayMs, @Positive int batchSize,
                         @Positive int maxAttempts, @NotNull Duration initialDelay, @NotNull Duration maxDelay,
                         @NotNull Duration requeueAfter) {

        /** The wait after the {@code failedAttempt}-th failed attempt (1-based). */
        public Duration delayAfter(int failedAttempt) {
            long millis = initialDelay.toMillis() << Math.min(20, Math.max(0, failedAttempt - 1));
            return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
        }
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "TradeWaltzSettings[" + baseUrl + ", client " + clientId + ", queue " + inboundQueue + ", pages of "
                + pageSize + ", " + poll + ", " + status + "]";
    }
}

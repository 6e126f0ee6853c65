package io.minato.hub.routes.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Webhook delivery (issue 5 item 5).
 *
 * @param queue          the Artemis queue deliveries wait in between the dispatcher and the senders
 * @param pollDelayMs    how often the dispatcher turns new events into deliveries and queues due ones
 * @param batchSize      events fanned out, and deliveries queued, per dispatcher run at most
 * @param consumers      concurrent senders
 * @param connectTimeout connecting to a receiver
 * @param requestTimeout a receiver's whole answer; a slower receiver counts as failed
 * @param requeueAfter   a queued delivery not sent within this time (a lost queue message, a crashed
 *                       sender) is queued again; longer than queue wait plus request timeout
 * @param retry          attempts and back-off per delivery (and again per replay)
 */
@Validated
@ConfigurationProperties("minato.webhooks")
public record WebhookSettings(@NotBlank String queue, @Positive long pollDelayMs, @Positive int batchSize,
                              @Positive int consumers, @NotNull Duration connectTimeout,
                              @NotNull Duration requestTimeout, @NotNull Duration requeueAfter,
                              @Valid @NotNull Retry retry) {

    /**
     * Exponential back-off: after failed attempt n the next waits {@code initialDelay × multiplier^(n-1)},
     * at most {@code maxDelay}; after {@code maxAttempts} failed attempts the delivery is FAILED.
     */
    public record Retry(@Positive int maxAttempts, @NotNull Duration initialDelay, @Positive double multiplier,
                        @NotNull Duration maxDelay) {

        /** The wait after the {@code failedAttempt}-th failed attempt (1-based) of a round. */
        public Duration delayAfter(int failedAttempt) {
            double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempt - 1));
            return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
        }
    }
}

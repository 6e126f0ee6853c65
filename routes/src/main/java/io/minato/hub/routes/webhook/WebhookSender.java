package io.minato.hub.routes.webhook;

import io.minato.hub.routes.webhook.WebhookDeliveryStore.Attempt;
import io.minato.hub.routes.webhook.WebhookDeliveryStore.AttemptResult;
import io.minato.hub.routes.webhook.WebhookDeliveryStore.Outcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one queued delivery: claims the attempt, POSTs the stored payload signed with the target's
 * secret, and records the outcome (2xx delivered; anything else, or no answer, retried with back-off
 * until {@code minato.webhooks.retry.max-attempts}, then FAILED with the reason).
 *
 * <p>The JDK HttpClient rather than camel-http: every delivery goes to its own target URL with a
 * body that must be signed byte for byte, and camel-http is not in the hub's dependency set (adding
 * it is a build change for one POST). A receiver's failure is an outcome to record and schedule, not
 * an exception: the retry waits in the database (next_attempt_at), not in a sleeping consumer, so
 * back-off survives restarts and never blocks a sender thread.
 */
@Component
public class WebhookSender {

    public static final String EVENT_HEADER = "X-Minato-Event";
    public static final String DELIVERY_HEADER = "X-Minato-Delivery";
    public static final String SIGNATURE_HEADER = "X-Minato-Signature";
    public static final String TIMESTAMP_HEADER = "X-Minato-Timestamp";
    /** Exchange header: the attempts a queued delivery had when it was queued. */
    public static final String ATTEMPTS = "MinatoWebhookAttempts";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final WebhookDeliveryStore store;
    private final WebhookSettings settings;
    private final HttpClient client;
    private final Clock clock;

    WebhookSender(WebhookDeliveryStore store, WebhookSettings settings) {
        this.store = store;
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = Clock.systemUTC();
    }

    public void deliver(@Body String historyId, @Header(ATTEMPTS) int attemptsSoFar) {
        Instant now = clock.instant();
        Optional<Attempt> claimed = store.startAttempt(UUID.fromString(historyId), attemptsSoFar,
                now.plus(settings.requestTimeout()).plus(settings.connectTimeout()).plus(settings.requeueAfter()));
        if (claimed.isEmpty()) {
            log.debug("webhook delivery {} attempt {} already taken or finished", historyId, attemptsSoFar + 1);
            return;
        }
        Attempt attempt = claimed.get();
        AttemptResult result = send(attempt);
        store.finishAttempt(attempt, result);
        if (result.outcome() == Outcome.DELIVERED) {
            log.info("webhook {} {} delivered to {} (attempt {})", attempt.eventType(), attempt.historyId(),
                    withoutQuery(attempt.url()), attempt.attempt());
        } else {
            log.warn("webhook {} {} to {} attempt {}: {} -> {}", attempt.eventType(), attempt.historyId(),
                    withoutQuery(attempt.url()), attempt.attempt(), result.error(), result.outcome());
        }
    }

    /** Some receivers put a token in the query string: it stays out of the log. */
    private static String withoutQuery(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    private AttemptResult send(Attempt attempt) {
        byte[] body = attempt.payload().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(attempt.url()))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(EVENT_HEADER, attempt.eventType())
                    .header(DELIVERY_HEADER, attempt.historyId().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(clock.instant().getEpochSecond()))
                    .header(SIGNATURE_HEADER, WebhookSignature.sign(attempt.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
        } catch (IllegalArgumentException e) {
            // the URL was validated when the target was registered; retrying cannot fix it
            return new AttemptResult(Outcome.FAILED, null, "invalid target URL: " + e.getMessage(), null);
        }
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new AttemptResult(Outcome.DELIVERED, status, null, null);
            }
            return failed(attempt, status, "HTTP " + status);
        } catch (IOException e) {
            return failed(attempt, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            // shutting down: the attempt counts as failed and is retried after the back-off
            return failed(attempt, null, "interrupted (hub shutting down)");
        }
    }

    private AttemptResult failed(Attempt attempt, Integer status, String error) {
        String reason = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        WebhookSettings.Retry retry = settings.retry();
        if (attempt.roundAttempt() >= retry.maxAttempts()) {
            return new AttemptResult(Outcome.FAILED, status,
                    reason + " (gave up after " + attempt.roundAttempt() + " attempts)", null);
        }
        return new AttemptResult(Outcome.RETRYING, status, reason,
                clock.instant().plus(retry.delayAfter(attempt.roundAttempt())));
    }
}

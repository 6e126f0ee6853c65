package io.minato.hub.app.support;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A company over one of its limits (利用制限): 429 with {@code Retry-After} telling when to try again. */
public class LimitExceededException extends ApiException {

    private final Duration retryAfter;

    public LimitExceededException(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, message);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as the header takes them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

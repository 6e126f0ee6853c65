package io.minato.hub.connectors.mail;

/**
 * Thrown by a {@link MailHandler} for a mail that can never be accepted (not a transient failure):
 * the sender gets a permanent 5xx reply instead of a 4xx, so it stops retrying and bounces.
 */
public class MailRejectedException extends RuntimeException {

    public MailRejectedException(String message) {
        super(message);
    }

    public MailRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.minato.hub.mappings.support;

/**
 * A message that was received intact but cannot be applied: an output nobody asked for, a layout
 * that does not fit. Permanent; the message stays archived for a person to look at.
 */
public class UnprocessableMessageException extends MinatoException {

    public UnprocessableMessageException(String message) {
        super(message);
    }

    public UnprocessableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}

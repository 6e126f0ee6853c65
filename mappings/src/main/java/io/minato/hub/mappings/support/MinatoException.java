package io.minato.hub.mappings.support;

/**
 * Root of every error the hub raises on purpose. Unchecked: callers handle it where the message's
 * fate is decided (a route's error handler, a controller advice), not at every call.
 */
public class MinatoException extends RuntimeException {

    public MinatoException(String message) {
        super(message);
    }

    public MinatoException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether trying the same input again can succeed (I/O, broker, database connection). */
    public boolean isTransient() {
        return false;
    }
}

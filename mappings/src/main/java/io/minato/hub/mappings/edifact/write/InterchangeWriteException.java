package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.support.MinatoException;

/**
 * An interchange could not be written: a value the envelope rules (StAEDI's control schema) reject,
 * such as a reference longer than 14 characters, or a broken call sequence. Permanent: the same
 * values fail again. I/O failures of the target stream surface as {@link java.io.UncheckedIOException}.
 */
public class InterchangeWriteException extends MinatoException {

    public InterchangeWriteException(String message) {
        super(message);
    }

    public InterchangeWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.minato.hub.app.support;

import io.minato.hub.mappings.support.MinatoException;

/**
 * Someone else changed the same rows between our read and our write. Transient: the transaction
 * rolled back, and doing the work again sees the other change (e.g. finds the duplicate).
 */
public class ConcurrentChangeException extends MinatoException {

    public ConcurrentChangeException(String message) {
        super(message);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}

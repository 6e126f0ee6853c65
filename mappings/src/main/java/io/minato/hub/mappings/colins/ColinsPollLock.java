package io.minato.hub.mappings.colins;

import java.util.Optional;

/**
 * Makes the Colins poll a singleton across hub instances: while one instance holds the lock, the
 * others skip their turn.
 */
public interface ColinsPollLock {

    /** The lock if no other instance (or thread) holds it; release it by closing. */
    Optional<Held> tryAcquire();

    /** A held lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}

package io.minato.hub.mappings.tradewaltz;

import java.util.Optional;

/**
 * Makes the TradeWaltz feed poll a singleton across hub instances: while one instance holds the lock, the
 * others skip their turn.
 */
public interface TradeWaltzPollLock {

    /** The lock if no other instance (or thread) holds it; release it by closing. */
    Optional<Held> tryAcquire();

    /** A held lock. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}

package io.minato.hub.app.colins;

import io.minato.hub.app.support.SessionAdvisoryLock;
import io.minato.hub.mappings.colins.ColinsPollLock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The Colins poll lock as a PostgreSQL session advisory lock (one instance polls at a time). */
@Component
class AdvisoryColinsPollLock implements ColinsPollLock {

    /** The advisory lock id of the Colins poll ("MINACOL1"), the same in every instance. */
    static final long LOCK_ID = 0x4d494e41434f4c31L;

    private final SessionAdvisoryLock lock;

    AdvisoryColinsPollLock(DataSource dataSource) {
        this.lock = new SessionAdvisoryLock(dataSource, LOCK_ID, "Colins poll");
    }

    @Override
    public Optional<Held> tryAcquire() {
        return lock.tryAcquire().map(held -> held::release);
    }
}

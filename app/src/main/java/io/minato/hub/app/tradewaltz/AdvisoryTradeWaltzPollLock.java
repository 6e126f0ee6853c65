package io.minato.hub.app.tradewaltz;

import io.minato.hub.app.support.SessionAdvisoryLock;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPollLock;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** The TradeWaltz poll lock as a PostgreSQL session advisory lock (one instance polls at a time). */
@Component
class AdvisoryTradeWaltzPollLock implements TradeWaltzPollLock {

    /** The advisory lock id of the TradeWaltz poll ("MINATWZ1"), the same in every instance. */
    static final long LOCK_ID = 0x4d494e4154575a31L;

    private final SessionAdvisoryLock lock;

    AdvisoryTradeWaltzPollLock(DataSource dataSource) {
        this.lock = new SessionAdvisoryLock(dataSource, LOCK_ID, "TradeWaltz poll");
    }

    @Override
    public Optional<Held> tryAcquire() {
        return lock.tryAcquire().map(held -> held::release);
    }
}

package io.minato.hub.app.naccs.output;

import io.minato.hub.mappings.naccs.output.NaccsRetrievalLedger;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** SYG's input numbers and its once-per-period claim, on PostgreSQL. */
@Component
class MyBatisNaccsRetrievalLedger implements NaccsRetrievalLedger {

    private final NaccsOutputMapper mapper;

    MyBatisNaccsRetrievalLedger(NaccsOutputMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public String nextInputIdNumber() {
        return mapper.nextInputIdNumber();
    }

    @Override
    public boolean claimScheduledRun(String name, Duration period) {
        // a little under the period, so the claimant's own next tick is not refused by clock jitter
        return mapper.claimScheduledRun(name, Math.max(1, period.toMillis() * 9 / 10)) == 1;
    }
}

package io.minato.hub.app.tradewaltz;

import io.minato.hub.routes.tradewaltz.TradeWaltzStatusOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The status outbox on PostgreSQL (tradewaltz_status_outbox, V29); every call its own transaction. */
@Component
class MyBatisTradeWaltzStatusOutbox implements TradeWaltzStatusOutbox {

    private final TradeWaltzMapper mapper;

    MyBatisTradeWaltzStatusOutbox(TradeWaltzMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Claim> claimDue(int limit, Instant lockedUntil) {
        return mapper.claimDue(limit, lockedUntil).stream()
                .map(claim -> new Claim(claim.id(), claim.attempts())).toList();
    }

    @Override
    public Optional<Update> startAttempt(Claim claim, Instant lockedUntil) {
        return mapper.startAttempt(claim.id(), claim.attempts(), lockedUntil).map(row -> new Update(row.id(),
                row.linkageId(), row.status(), row.payload(), row.dealId(), row.wireMessageId(), row.attempts()));
    }

    @Override
    public void attachWireMessage(long id, long wireMessageId) {
        mapper.attachWireMessage(id, wireMessageId);
    }

    @Override
    public void sent(long id) {
        mapper.markSent(id);
    }

    @Override
    public void retry(long id, String error, Instant nextAttemptAt) {
        mapper.retry(id, error, nextAttemptAt);
    }

    @Override
    public void failed(long id, String error) {
        mapper.fail(id, error);
    }
}

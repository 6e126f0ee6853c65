package io.minato.hub.routes.tradewaltz;

import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The steps of {@link TradeWaltzStatusRoute}: claim, prepare an attempt, record how it went. */
@Component
class TradeWaltzStatusSender {

    static final String OUTBOX_ID = "MinatoTradeWaltzOutboxId";
    static final String PATH = "MinatoTradeWaltzPath";
    static final String UPDATE = "MinatoTradeWaltzUpdate";

    private static final Logger log = LoggerFactory.getLogger(TradeWaltzStatusSender.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final TradeWaltzStatusOutbox outbox;
    private final WireMessageStore wireMessages;
    private final TradeWaltzSettings.Status settings;
    private final Clock clock = Clock.systemUTC();

    TradeWaltzStatusSender(TradeWaltzStatusOutbox outbox, WireMessageStore wireMessages, TradeWaltzSettings settings) {
        this.outbox = outbox;
        this.wireMessages = wireMessages;
        this.settings = settings.status();
    }

    /** The claims to queue, as tokens ({@code id:attempts}). */
    public List<String> due() {
        return outbox.claimDue(settings.batchSize(), clock.instant().plus(settings.requeueAfter())).stream()
                .map(TradeWaltzStatusOutbox.Claim::token).toList();
    }

    /** The body to send, or null when the update is no longer this attempt's (sent, failed, claimed again). */
    public byte[] prepare(@ExchangeProperty(OUTBOX_ID) String claim, Exchange exchange) {
        Optional<TradeWaltzStatusOutbox.Update> started = outbox.startAttempt(TradeWaltzStatusOutbox.Claim.of(claim),
                clock.instant().plus(settings.requeueAfter()));
        if (started.isEmpty()) {
            return null;
        }
        TradeWaltzStatusOutbox.Update update = started.get();
        long id = update.id();
        byte[] body = update.payload().getBytes(StandardCharsets.UTF_8);
        long wireMessageId;
        if (update.wireMessageId() == null) {
            wireMessageId = wireMessages.archive(new NewWireMessage(Channel.TRADEWALTZ, WireDirection.OUT,
                    TradeWaltzWebhookReceiver.PARTNER, "application/json", null, body,
                    Map.of("linkageId", update.linkageId(), "status", update.status())));
            outbox.attachWireMessage(id, wireMessageId);
        } else {
            wireMessageId = update.wireMessageId();
            wireMessages.startAttempt(wireMessageId);
        }
        exchange.setProperty(UPDATE, new TradeWaltzStatusOutbox.Update(update.id(), update.linkageId(), update.status(),
                update.payload(), update.dealId(), wireMessageId, update.attempt()));
        exchange.setProperty(PATH, TradeWaltzApi.statusPath(update.linkageId()));
        return body;
    }

    public void sent(@ExchangeProperty(UPDATE) TradeWaltzStatusOutbox.Update update) {
        outbox.sent(update.id());
        wireMessages.markSent(update.wireMessageId());
        log.info("TradeWaltz: trade {} told {} (wire message {}, attempt {})", update.linkageId(), update.status(),
                update.wireMessageId(), update.attempt());
    }

    /** The one place a failed attempt is handled: tried again later, or given up on with the reason. */
    public void failed(@ExchangeProperty(UPDATE) TradeWaltzStatusOutbox.Update update, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "unknown failure" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        error = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        if (update.attempt() >= settings.maxAttempts()) {
            String reason = "status " + update.status() + " not taken by TradeWaltz after " + update.attempt()
                    + " attempts: " + error;
            outbox.failed(update.id(), reason);
            wireMessages.markFailed(update.wireMessageId(), reason);
            log.error("TradeWaltz: trade {} {}", update.linkageId(), reason);
            return;
        }
        Instant next = clock.instant().plus(settings.delayAfter(update.attempt()));
        outbox.retry(update.id(), error, next);
        log.warn("TradeWaltz: status {} of trade {} attempt {} failed ({}); next attempt at {}", update.status(),
                update.linkageId(), update.attempt(), error, next);
    }
}

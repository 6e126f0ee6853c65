package io.minato.hub.routes.tradewaltz;

import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.connectors.tradewaltz.TradeWaltzSignature;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A webhook from TradeWaltz: archived raw first (a TRADEWALTZ wire message, RECEIVED), then its signature is
 * checked; a signed one is queued for processing, one that is not stays archived, REJECTED with the reason,
 * and is never applied (nor re-processed by the hub: what it says is not known to come from TradeWaltz).
 */
@Component
public class TradeWaltzWebhookReceiver {

    static final String PARTNER = "TRADEWALTZ";
    /** The correlation key (and value) that marks a webhook whose signature did not hold. */
    static final String SIGNATURE = "signature";
    static final String REFUSED = "REFUSED";

    private static final Logger log = LoggerFactory.getLogger(TradeWaltzWebhookReceiver.class);

    private final WireMessageStore wireMessages;
    private final ProducerTemplate producer;
    private final TradeWaltzSettings settings;
    private final Clock clock;

    TradeWaltzWebhookReceiver(WireMessageStore wireMessages, ProducerTemplate producer, TradeWaltzSettings settings) {
        this.wireMessages = wireMessages;
        this.producer = producer;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /**
     * What became of a webhook.
     *
     * @param refusal why its signature does not hold; null when it was queued
     */
    public record Receipt(long wireMessageId, String refusal) {

        public boolean accepted() {
            return refusal == null;
        }
    }

    public Receipt receive(byte[] body, String signature, String deliveryId) {
        Map<String, String> correlation = new LinkedHashMap<>();
        correlation.put("via", "webhook");
        if (deliveryId != null && !deliveryId.isBlank()) {
            correlation.put("deliveryId", deliveryId.strip());
        }
        correlation.putAll(RequesterKeys.of(body));
        long id = wireMessages.archive(new NewWireMessage(Channel.TRADEWALTZ, WireDirection.IN, PARTNER,
                "application/json", null, body, correlation));
        Optional<String> refusal = TradeWaltzSignature.refusal(settings.webhookSecret(), signature, body,
                clock.instant(), settings.signatureTolerance());
        if (refusal.isPresent()) {
            String reason = "webhook refused: " + refusal.get() + " (" + TradeWaltzApi.SIGNATURE_HEADER
                    + "); kept, never applied / 署名を確認できないため受け付けませんでした";
            // what re-processing reads: a refused webhook is never applied, whoever asks
            wireMessages.addCorrelation(id, Map.of(SIGNATURE, REFUSED));
            wireMessages.markRejected(id, reason);
            log.warn("TradeWaltz webhook ({} bytes) refused as wire message {}: {}", body.length, id, refusal.get());
            return new Receipt(id, refusal.get());
        }
        log.info("received a TradeWaltz webhook ({} bytes) as wire message {}", body.length, id);
        producer.sendBodyAndHeader(TradeWaltzInboundRoute.ENQUEUE_ENDPOINT, id, WireHeaders.WIRE_MESSAGE_ID, id);
        return new Receipt(id, null);
    }
}

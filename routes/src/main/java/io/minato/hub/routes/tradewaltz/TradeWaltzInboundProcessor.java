package io.minato.hub.routes.tradewaltz;

import io.minato.hub.mappings.support.MappingException;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayload;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayloadReader;
import io.minato.hub.mappings.tradewaltz.TradeWaltzRequest;
import io.minato.hub.mappings.tradewaltz.TradeWaltzStore;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one archived TradeWaltz message (a webhook event or a feed page) and applies each of its requests,
 * each in its own transaction and once per request id + version. A request that cannot be read or applied is
 * named in the reason the message is REJECTED with — its JSON path and what is wrong — while the others are
 * applied all the same; re-processing after the fix applies the rest without doing anything twice. A message
 * whose every request was applied before is a DUPLICATE.
 */
@Component
class TradeWaltzInboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(TradeWaltzInboundProcessor.class);

    private final WireMessageStore wireMessages;
    private final TradeWaltzStore store;

    TradeWaltzInboundProcessor(WireMessageStore wireMessages, TradeWaltzStore store) {
        this.wireMessages = wireMessages;
        this.store = store;
    }

    public void process(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        WireMessage wire = wireMessages.startAttempt(wireMessageId);
        if (TradeWaltzWebhookReceiver.REFUSED.equals(wire.correlation().get(TradeWaltzWebhookReceiver.SIGNATURE))) {
            throw new MappingException(null, "the webhook's signature did not hold when it arrived: what it says is"
                    + " not known to come from TradeWaltz, so it is never applied (the feed brings the request"
                    + " if TradeWaltz sent it)");
        }
        TradeWaltzPayload payload = TradeWaltzPayloadReader.read(raw(wire));
        if (!payload.problems().isEmpty()) {
            throw new MappingException(null, "TradeWaltz message not taken: " + String.join("; ", payload.problems()));
        }
        List<String> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        Map<TradeWaltzStore.Outcome, Integer> outcomes = new LinkedHashMap<>();
        TradeWaltzStore.Applied last = null;
        for (TradeWaltzPayload.Item item : payload.items()) {
            TradeWaltzRequest request = item.request();
            if (request == null) {
                problems.addAll(item.problems());
                continue;
            }
            keys.add(request.requestId() + " v" + request.version());
            try {
                TradeWaltzStore.Applied applied = store.apply(request, wireMessageId);
                outcomes.merge(applied.outcome(), 1, Integer::sum);
                if (applied.outcome() == TradeWaltzStore.Outcome.APPLIED) {
                    last = applied;
                }
                log.info("TradeWaltz request {} from wire message {}: {} (deal {})", request.describe(), wireMessageId,
                        applied.outcome(), applied.dealId());
            } catch (MappingException e) {
                problems.add(item.path() + " (request " + request.describe() + "): " + e.getMessage());
            }
        }
        wireMessages.addCorrelation(wireMessageId, correlation(payload, keys, outcomes, problems.size()));
        if (!problems.isEmpty()) {
            throw new MappingException(null, problems.size() + " of " + payload.items().size()
                    + " TradeWaltz request(s) not taken (the others were): " + String.join("; ", problems));
        }
        if (last == null && outcomes.getOrDefault(TradeWaltzStore.Outcome.DUPLICATE, 0) == payload.items().size()
                && !payload.items().isEmpty()) {
            wireMessages.markDuplicate(wireMessageId, "every request (" + String.join(", ", keys)
                    + ") was received before; nothing applied again");
            return;
        }
        wireMessages.markProcessed(wireMessageId, last == null ? null : last.dealId(),
                last == null || last.documentIds().isEmpty() ? null : last.documentIds().get(0));
    }

    private static Map<String, String> correlation(TradeWaltzPayload payload, List<String> keys,
                                                   Map<TradeWaltzStore.Outcome, Integer> outcomes, int notTaken) {
        Map<String, String> correlation = new LinkedHashMap<>();
        correlation.put("form", payload.form().name());
        if (!keys.isEmpty()) {
            correlation.put("requestIds", String.join(",", keys));
        }
        outcomes.forEach((outcome, count) -> correlation.put(outcome.name().toLowerCase(java.util.Locale.ROOT),
                Integer.toString(count)));
        correlation.put("notTaken", Integer.toString(notTaken));
        return correlation;
    }

    private byte[] raw(WireMessage wire) {
        if (wire.rawComplete()) {
            return wire.raw();
        }
        try (InputStream in = wireMessages.openRaw(wire.id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("wire message " + wire.id() + " cannot be read from the archive", e);
        }
    }
}

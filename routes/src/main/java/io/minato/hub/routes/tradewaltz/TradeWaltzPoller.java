package io.minato.hub.routes.tradewaltz;

import io.minato.hub.connectors.tradewaltz.RequestFeedPage;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPollLock;
import io.minato.hub.mappings.tradewaltz.TradeWaltzStore;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One poll of the TradeWaltz request feed, under the poll lock so that one hub instance polls at a time.
 * Each page with requests is archived raw first, then queued, and only then does the cursor move: a crash in
 * between fetches the page again, which the store applies once. The feed also holds what webhooks already
 * brought; those requests come out as duplicates. A page whose cursor cannot be read is archived and queued
 * too (processing rejects it with the reason) but the cursor stays. An empty page is not archived.
 */
@Component
class TradeWaltzPoller {

    private static final Logger log = LoggerFactory.getLogger(TradeWaltzPoller.class);

    private final TradeWaltzPollLock lock;
    private final TradeWaltzStore store;
    private final WireMessageStore wireMessages;
    private final ProducerTemplate producer;
    private final TradeWaltzSettings settings;

    TradeWaltzPoller(TradeWaltzPollLock lock, TradeWaltzStore store, WireMessageStore wireMessages,
                     ProducerTemplate producer, TradeWaltzSettings settings) {
        this.lock = lock;
        this.store = store;
        this.wireMessages = wireMessages;
        this.producer = producer;
        this.settings = settings;
    }

    public TradeWaltzPollOutcome poll() {
        Optional<TradeWaltzPollLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            log.info("TradeWaltz poll skipped: another hub instance is polling");
            return TradeWaltzPollOutcome.skipped();
        }
        try (TradeWaltzPollLock.Held polling = held.get()) {
            return pollPages();
        }
    }

    private TradeWaltzPollOutcome pollPages() {
        String cursor = store.cursor().orElse(null);
        List<Long> archived = new ArrayList<>();
        int requests = 0;
        int pages = 0;
        while (pages < settings.maxPagesPerPoll()) {
            byte[] page;
            try {
                page = producer.requestBodyAndHeader(TradeWaltzInboundRoute.FETCH_ENDPOINT, null, Exchange.HTTP_QUERY,
                        TradeWaltzApi.requestsQuery(cursor, settings.pageSize()), byte[].class);
            } catch (CamelExecutionException e) {
                return failed(pages, requests, archived, cursor, "TradeWaltz did not answer the feed request: "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            }
            pages++;
            Optional<RequestFeedPage> envelope = RequestFeedPage.read(page);
            if (envelope.isPresent() && envelope.get().requests() == 0) {
                store.advanceCursor(envelope.get().cursor(), null);
                return new TradeWaltzPollOutcome(true, pages, requests, archived, envelope.get().cursor(), null);
            }
            long wireMessageId = archive(page, cursor, envelope);
            producer.sendBodyAndHeader(TradeWaltzInboundRoute.ENQUEUE_ENDPOINT, wireMessageId,
                    WireHeaders.WIRE_MESSAGE_ID, wireMessageId);
            archived.add(wireMessageId);
            if (envelope.isEmpty()) {
                return failed(pages, requests, archived, cursor, "the TradeWaltz page archived as wire message "
                        + wireMessageId + " has no readable cursor; the next poll asks again from the same cursor");
            }
            requests += envelope.get().requests();
            cursor = envelope.get().cursor();
            store.advanceCursor(cursor, wireMessageId);
            if (!envelope.get().hasMore()) {
                break;
            }
        }
        log.info("TradeWaltz poll: {} page(s), {} request(s) archived as wire messages {}; cursor now {}", pages,
                requests, archived, cursor);
        return new TradeWaltzPollOutcome(true, pages, requests, archived, cursor, null);
    }

    private long archive(byte[] page, String cursor, Optional<RequestFeedPage> envelope) {
        Map<String, String> correlation = new LinkedHashMap<>();
        correlation.put("via", "poll");
        correlation.put("cursorFrom", cursor == null ? "" : cursor);
        envelope.ifPresent(read -> {
            correlation.put("cursorTo", read.cursor());
            correlation.put("requests", Integer.toString(read.requests()));
        });
        correlation.putAll(RequesterKeys.of(page));
        long id = wireMessages.archive(new NewWireMessage(Channel.TRADEWALTZ, WireDirection.IN,
                TradeWaltzWebhookReceiver.PARTNER, "application/json", null, page, correlation));
        log.info("received a TradeWaltz feed page ({} bytes, {} request(s)) as wire message {}", page.length,
                envelope.map(read -> Integer.toString(read.requests())).orElse("unreadable"), id);
        return id;
    }

    /** Handled here for good: recorded for the operator's status and answered in the outcome. */
    private TradeWaltzPollOutcome failed(int pages, int requests, List<Long> archived, String cursor, String reason) {
        store.pollFailed(reason);
        log.warn("TradeWaltz poll stopped: {}", reason);
        return new TradeWaltzPollOutcome(true, pages, requests, archived, cursor, reason);
    }
}

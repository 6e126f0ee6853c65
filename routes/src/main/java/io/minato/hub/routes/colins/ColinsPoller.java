package io.minato.hub.routes.colins;

import io.minato.hub.connectors.colins.ColinsApi;
import io.minato.hub.connectors.colins.FeedEnvelope;
import io.minato.hub.mappings.colins.ColinsPollLock;
import io.minato.hub.mappings.colins.ColinsStore;
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
 * One poll of the Colins changes feed, under the poll lock so that one hub instance polls at a time.
 * Each page with records is archived raw first, then queued, and only then does the cursor move: a
 * crash in between fetches the page again, which the idempotent store takes once. A page whose cursor
 * cannot be read is archived and queued too (processing rejects it with the reason) but the cursor stays,
 * so the next poll asks again. An empty page is not archived: it carries nothing to lose.
 */
@Component
class ColinsPoller {

    static final String PARTNER = "COLINS";

    private static final Logger log = LoggerFactory.getLogger(ColinsPoller.class);

    private final ColinsPollLock lock;
    private final ColinsStore store;
    private final WireMessageStore wireMessages;
    private final ProducerTemplate producer;
    private final ColinsSettings settings;

    ColinsPoller(ColinsPollLock lock, ColinsStore store, WireMessageStore wireMessages, ProducerTemplate producer,
                 ColinsSettings settings) {
        this.lock = lock;
        this.store = store;
        this.wireMessages = wireMessages;
        this.producer = producer;
        this.settings = settings;
    }

    public ColinsPollOutcome poll() {
        Optional<ColinsPollLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            log.info("Colins poll skipped: another hub instance is polling");
            return ColinsPollOutcome.skipped();
        }
        try (ColinsPollLock.Held polling = held.get()) {
            return pollPages();
        }
    }

    private ColinsPollOutcome pollPages() {
        String cursor = store.cursor().orElse(null);
        List<Long> archived = new ArrayList<>();
        int records = 0;
        int pages = 0;
        while (pages < settings.maxPagesPerPoll()) {
            byte[] page;
            try {
                page = fetch(cursor);
            } catch (CamelExecutionException e) {
                return failed(pages, records, archived, cursor, "Colins did not answer the changes request: "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            }
            pages++;
            Optional<FeedEnvelope> envelope = FeedEnvelope.read(page);
            if (envelope.isPresent() && envelope.get().records() == 0) {
                store.advanceCursor(envelope.get().cursor(), null);
                return new ColinsPollOutcome(true, pages, records, archived, envelope.get().cursor(), null);
            }
            long wireMessageId = archive(page, cursor, envelope);
            producer.sendBodyAndHeader(ColinsPollingRoute.ENQUEUE_ENDPOINT, wireMessageId,
                    WireHeaders.WIRE_MESSAGE_ID, wireMessageId);
            archived.add(wireMessageId);
            if (envelope.isEmpty()) {
                return failed(pages, records, archived, cursor, "the Colins page archived as wire message "
                        + wireMessageId + " has no readable cursor; the next poll asks again from the same cursor");
            }
            records += envelope.get().records();
            cursor = envelope.get().cursor();
            store.advanceCursor(cursor, wireMessageId);
            if (!envelope.get().hasMore()) {
                break;
            }
        }
        log.info("Colins poll: {} page(s), {} record(s) archived as wire messages {}; cursor now {}", pages, records,
                archived, cursor);
        return new ColinsPollOutcome(true, pages, records, archived, cursor, null);
    }

    private byte[] fetch(String cursor) {
        return producer.requestBodyAndHeader(ColinsPollingRoute.FETCH_ENDPOINT, null, Exchange.HTTP_QUERY,
                ColinsApi.changesQuery(cursor, settings.pageSize()), byte[].class);
    }

    private long archive(byte[] page, String cursor, Optional<FeedEnvelope> envelope) {
        Map<String, String> correlation = new LinkedHashMap<>();
        correlation.put("cursorFrom", cursor == null ? "" : cursor);
        envelope.ifPresent(read -> {
            correlation.put("cursorTo", read.cursor());
            correlation.put("records", Integer.toString(read.records()));
        });
        long id = wireMessages.archive(new NewWireMessage(Channel.COLINS, WireDirection.IN, PARTNER,
                "application/json", null, page, correlation));
        log.info("received a Colins page ({} bytes, {} record(s)) as wire message {}", page.length,
                envelope.map(read -> Integer.toString(read.records())).orElse("unreadable"), id);
        return id;
    }

    /** Handled here for good: recorded for the operator's status and answered in the outcome. */
    private ColinsPollOutcome failed(int pages, int records, List<Long> archived, String cursor, String reason) {
        store.pollFailed(reason);
        log.warn("Colins poll stopped: {}", reason);
        return new ColinsPollOutcome(true, pages, records, archived, cursor, reason);
    }
}

package io.minato.hub.app.event;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.Json;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records events inside the caller's transaction, so an event exists exactly when its change does.
 * The six webhook event types also get a {@code webhook_outbox} row in that transaction, written by a
 * trigger on {@code events} (V13), so webhooks never miss an event whichever code path inserts it.
 *
 * <p>Every event names its actor and channel. Without an explicit {@link Actor} it is the caller of the
 * current request if there is one; else the wire message's channel (EDIFACT or NACCS, with the partner);
 * else the hub itself (SYSTEM).
 */
@Component
public class Events {

    private final EventMapper mapper;
    private final Json json;
    private final Callers callers;

    Events(EventMapper mapper, Json json, Callers callers) {
        this.mapper = mapper;
        this.json = json;
        this.callers = callers;
    }

    public void record(EventType type, Long dealId, Long documentId, Long wireMessageId, Map<String, ?> detail) {
        record(type, dealId, documentId, wireMessageId, detail, requestActor());
    }

    /** @param actor who made the change; null = as {@link #record(EventType, Long, Long, Long, Map)} */
    public void record(EventType type, Long dealId, Long documentId, Long wireMessageId, Map<String, ?> detail,
                       Actor actor) {
        mapper.insert(type.name(), dealId, documentId, wireMessageId, json.write(detail),
                actor != null ? actor : requestActor(), EventUsage.ALL);
    }

    /**
     * Records events of one wire message in one statement, in list order: an interchange of
     * hundreds of messages costs one round trip for its events, not one per event.
     */
    public void recordAll(List<NewEvent> events, Long wireMessageId) {
        if (events.isEmpty()) {
            return;
        }
        int size = events.size();
        String[] types = new String[size];
        Long[] dealIds = new Long[size];
        Long[] documentIds = new Long[size];
        String[] details = new String[size];
        for (int i = 0; i < size; i++) {
            NewEvent event = events.get(i);
            types[i] = event.type().name();
            dealIds[i] = event.dealId();
            documentIds[i] = event.documentId();
            details[i] = json.write(event.detail());
        }
        mapper.insertAll(types, dealIds, documentIds, wireMessageId, details, requestActor(), EventUsage.ALL);
    }

    private Actor requestActor() {
        return callers.current().map(Actor::of).orElse(null);
    }

    /** An event waiting for {@link #recordAll}. */
    public record NewEvent(EventType type, Long dealId, Long documentId, Map<String, ?> detail) {
    }
}

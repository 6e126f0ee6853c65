package io.minato.hub.app.event;

import io.minato.hub.app.support.Json;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Records events inside the caller's transaction, so an event exists exactly when its change does.
 * The six webhook event types also get a {@code webhook_outbox} row in that transaction, written by a
 * trigger on {@code events} (V13), so webhooks never miss an event whichever code path inserts it.
 */
@Component
public class Events {

    private final EventMapper mapper;
    private final Json json;

    Events(EventMapper mapper, Json json) {
        this.mapper = mapper;
        this.json = json;
    }

    public void record(EventType type, Long dealId, Long documentId, Long wireMessageId, Map<String, ?> detail) {
        mapper.insert(type.name(), dealId, documentId, wireMessageId, json.write(detail));
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
        mapper.insertAll(types, dealIds, documentIds, wireMessageId, details);
    }

    /** An event waiting for {@link #recordAll}. */
    public record NewEvent(EventType type, Long dealId, Long documentId, Map<String, ?> detail) {
    }
}

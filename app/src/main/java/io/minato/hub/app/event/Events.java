package io.minato.hub.app.event;

import io.minato.hub.app.support.Json;
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
}

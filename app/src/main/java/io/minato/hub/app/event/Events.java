package io.minato.hub.app.event;

import io.minato.hub.app.support.Json;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records events inside the caller's transaction, so an event exists exactly when its change does. */
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

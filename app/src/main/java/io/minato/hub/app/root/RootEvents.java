package io.minato.hub.app.root;

import io.minato.hub.app.event.EventType;
import java.util.Map;

/** Where a root write's timeline entries go: straight to the events table, or into an interchange's batch. */
@FunctionalInterface
public interface RootEvents {

    void record(EventType type, Long documentId, Map<String, ?> detail);
}

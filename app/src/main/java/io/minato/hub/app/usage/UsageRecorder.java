package io.minato.hub.app.usage;

import io.minato.hub.app.event.Actor;
import io.minato.hub.app.security.Caller;
import io.minato.hub.mappings.usage.UsageOperation;
import org.springframework.stereotype.Component;

/**
 * Records the operations of a company that are no event on the deal's timeline: fetching a document
 * (reading it, downloading it or its attachments), messages and tasks. Document changes are recorded
 * with their events (see EventMapper). Called inside the operation's transaction, so the usage
 * exists if and only if the operation happened.
 */
@Component
public class UsageRecorder {

    private final UsageMapper mapper;

    UsageRecorder(UsageMapper mapper) {
        this.mapper = mapper;
    }

    /** The caller fetched a document of the deal, or the deal's documents ({@code documentId} null). */
    public void fetched(Caller caller, long dealId, Long documentId, String documentType) {
        record(caller, dealId, documentId, documentType, UsageOperation.FETCH);
    }

    /** The caller posted a message on the deal, or created or changed one of its tasks. */
    public void collaborated(Caller caller, long dealId, UsageOperation operation) {
        if (operation.documentOperation()) {
            throw new IllegalArgumentException(operation + " is a document operation, recorded with its event");
        }
        record(caller, dealId, null, null, operation);
    }

    private void record(Caller caller, long dealId, Long documentId, String documentType, UsageOperation operation) {
        if (caller.companyId() == null) {
            return; // the hub's operator acts for no company: not usage of any
        }
        // the usage channel of the event channel is the database's usage_channel (V28), as for events' usage
        mapper.insert(caller.companyId(), dealId, documentId, documentType, operation.name(),
                Actor.of(caller).channel().name());
    }
}

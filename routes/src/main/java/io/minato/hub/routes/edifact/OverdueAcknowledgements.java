package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.wire.WireMessageStore;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Marks outbound interchanges whose acknowledgement is past due as OVERDUE. */
@Component
class OverdueAcknowledgements {

    private static final Logger log = LoggerFactory.getLogger(OverdueAcknowledgements.class);

    private final WireMessageStore wireMessages;

    OverdueAcknowledgements(WireMessageStore wireMessages) {
        this.wireMessages = wireMessages;
    }

    public void markOverdue() {
        List<Long> overdue = wireMessages.markOverdueAcknowledgements(OffsetDateTime.now());
        if (!overdue.isEmpty()) {
            log.warn("acknowledgement overdue for wire message(s) {}", overdue);
        }
    }
}

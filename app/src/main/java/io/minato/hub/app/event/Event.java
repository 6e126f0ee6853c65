package io.minato.hub.app.event;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/** Something that happened on a deal, in order; the deal's timeline. */
public record Event(long id, String type, Long dealId, Long documentId, Long wireMessageId,
                    @JsonRawValue String detail, OffsetDateTime occurredAt) {
}

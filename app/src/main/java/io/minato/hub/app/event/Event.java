package io.minato.hub.app.event;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.OffsetDateTime;

/**
 * Something that happened on a deal, in order; the deal's timeline.
 *
 * @param channel      how the change came in (API, API_KEY, PORTAL, EDIFACT, NACCS, SYSTEM); null before V16
 * @param actor        the login, {@code key:<id>}, partner or job that made it
 * @param actorCompany the code of the company it acted for, if any
 */
public record Event(long id, String type, Long dealId, Long documentId, Long wireMessageId,
                    @JsonRawValue String detail, OffsetDateTime occurredAt, String channel, String actor,
                    String actorCompany) {
}

package io.minato.hub.mappings.usage;

import io.minato.hub.mappings.party.BusinessType;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One operation of one company on one deal: what the monthly fee is computed from.
 *
 * @param id               the event's id, to name it in an explanation
 * @param dealId           the deal (取引)
 * @param documentType     the document's type code (UL040 …), null for an operation on no document
 * @param operation        what was done
 * @param channel          how it reached the hub
 * @param at               when
 * @param actingAs         the business types the company holds on the deal
 * @param terminalInquiry  whether the deal is a terminal inquiry (ターミナル問合せ機能に関わる取引)
 */
public record UsageEvent(long id, long dealId, String documentType, UsageOperation operation, UsageChannel channel,
                         Instant at, Set<BusinessType> actingAs, boolean terminalInquiry) {

    public UsageEvent {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
        actingAs = Set.copyOf(actingAs);
    }
}

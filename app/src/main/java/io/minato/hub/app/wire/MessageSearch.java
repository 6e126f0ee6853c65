package io.minato.hub.app.wire;

import java.time.OffsetDateTime;

/**
 * What to look for among wire messages; null criteria do not filter.
 *
 * @param reference an interchange control reference (UNB 0020) or NACCS hand-over information
 * @param ackStatus an outbound interchange's acknowledgement status, e.g. {@code OVERDUE}
 * @param containerNo a container (ISO 6346): messages of a deal that carries it, and messages that
 *                    reported on it themselves (one interchange of gate moves may touch many deals)
 * @param from      received at or after
 * @param to        received before
 * @param beforeId  only messages with a smaller id (the page's cursor; the list is newest first); null: from the newest
 * @param limit     at most this many rows
 */
public record MessageSearch(String status, String channel, String direction, String partner, String ackStatus,
                            String reference,
                            String bookingNo, String blNo, String containerNo, OffsetDateTime from, OffsetDateTime to,
                            Long companyId, Long beforeId, int limit) {

    /** The same search for the batch of rows after {@code beforeId}. */
    MessageSearch batch(Long beforeId, int limit) {
        return new MessageSearch(status, channel, direction, partner, ackStatus, reference, bookingNo, blNo, containerNo,
                from, to, companyId, beforeId, limit);
    }
}

package io.minato.hub.app.party;

import java.time.OffsetDateTime;

/**
 * A party taking part in a deal.
 *
 * @param role            3035 qualifier: CA, CZ, CN, FW, BA, NI, …
 * @param sourceMessageId the wire message that named it, if a message did
 * @param sourceUser      the person who added it, if a person did
 */
record Participant(String role, String partyCode, String partyName, Long sourceMessageId, String sourceUser,
                   OffsetDateTime addedAt) {
}

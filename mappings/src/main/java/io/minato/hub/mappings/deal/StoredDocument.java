package io.minato.hub.mappings.deal;

/**
 * Where a message's content ended up.
 *
 * @param duplicate true if the message key had been stored before and nothing was written
 */
public record StoredDocument(long dealId, long documentId, boolean duplicate) {
}

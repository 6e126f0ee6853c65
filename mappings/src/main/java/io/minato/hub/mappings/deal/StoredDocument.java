package io.minato.hub.mappings.deal;

/**
 * Where a message's content ended up.
 *
 * @param documentId the document stored or updated; null when the message only added events
 * @param duplicate  true if the message key had been stored before and nothing was written
 */
public record StoredDocument(long dealId, Long documentId, boolean duplicate) {
}

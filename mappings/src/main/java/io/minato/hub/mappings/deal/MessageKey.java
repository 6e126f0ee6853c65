package io.minato.hub.mappings.deal;

/**
 * What makes an inbound EDIFACT message unique: the same key twice means the same content was
 * sent twice, and it must not create a second document.
 *
 * @param sender         UNB sender identification
 * @param interchangeRef UNB interchange control reference
 * @param messageRef     UNH message reference number
 */
public record MessageKey(String sender, String interchangeRef, String messageRef) {
}

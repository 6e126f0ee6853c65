package io.minato.hub.mappings.edifact;

/**
 * One UNH…UNT message of an interchange and the document read from it.
 *
 * @param messageRef          0062 message reference number
 * @param messageType         S009 as sent, components joined by {@code :}, e.g. {@code IFTMBC:D:99B:UN}
 * @param firstSegmentOrdinal ordinal of the message's UNH in the interchange (1-based, UNA excluded)
 * @param document            what the message was mapped to
 * @param <T>                 the document type
 */
public record EdifactMessage<T>(String messageRef, String messageType, int firstSegmentOrdinal, T document) {
}

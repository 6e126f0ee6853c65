package io.minato.hub.mappings.edifact;

import java.util.List;

/**
 * A read UN/EDIFACT interchange: its UNB header and every message in it, in order.
 *
 * @param header   what UNB says
 * @param messages the messages, in interchange order
 * @param <T>      the document type of the messages
 */
public record Interchange<T>(InterchangeHeader header, List<EdifactMessage<T>> messages) {

    public Interchange {
        messages = List.copyOf(messages);
    }
}

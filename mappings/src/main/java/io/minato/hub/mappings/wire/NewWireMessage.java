package io.minato.hub.mappings.wire;

import java.util.Map;

/**
 * A message about to be archived, exactly as it came (or, outbound, as it left with secrets
 * masked).
 *
 * @param partner     who sent or receives it, as far as known before parsing (e.g. UNB sender)
 * @param fileName    the file name it arrived under, if any
 * @param correlation keys to find it by later (interchange ref, hand-over information, …)
 */
public record NewWireMessage(Channel channel, WireDirection direction, String partner, String contentType,
                             String fileName, byte[] raw, Map<String, String> correlation) {

    public NewWireMessage {
        correlation = correlation == null ? Map.of() : Map.copyOf(correlation);
    }
}

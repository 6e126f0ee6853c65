package io.minato.hub.mappings.edifact.write;

/**
 * A message of a received interchange, as CONTRL needs to name it.
 *
 * @param reference  UNH 0062
 * @param identifier UNH S009
 * @param unhOrdinal ordinal of its UNH in the interchange (1-based, UNA excluded, UNB = 1), as
 *                   {@link io.minato.hub.mappings.support.EdiPosition#segmentOrdinal()} counts
 */
public record ReceivedMessage(String reference, MessageIdentifier identifier, int unhOrdinal) {
}

package io.minato.hub.mappings.edifact.write.outbound;

import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import java.util.List;

/**
 * An interchange written from a document, with what the archive needs to find it again.
 *
 * @param bytes             the interchange, in the envelope's charset
 * @param controlReference  UNB 0020
 * @param message           UNH S009 of its messages
 * @param messageReferences UNH 0062 of each message, in order
 */
public record WrittenInterchange(byte[] bytes, long controlReference, MessageIdentifier message,
                                 List<String> messageReferences) {

    public WrittenInterchange {
        messageReferences = List.copyOf(messageReferences);
    }
}

package io.minato.hub.mappings.edifact.write.outbound;

import io.minato.hub.mappings.edifact.write.MessageBody;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import java.time.LocalDateTime;

/**
 * How one document type becomes the segments between UNH and UNT of one message type.
 *
 * @param <T> the document record
 */
interface DocumentMessage<T> {

    MessageIdentifier identifier();

    /** Writes the message body; {@code preparedAt} is the document date (DTM+137) the message carries. */
    void write(T document, MessageBody body, LocalDateTime preparedAt);
}

package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.write.ReceivedMessage;
import io.minato.hub.mappings.edifact.write.ReceivedMessages;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Tells acknowledgements from business messages and reads them with the reader of their kind. */
public final class AcknowledgementReader {

    /** Enough for UNA, UNB, UNG and the first UNH of any interchange. */
    private static final int HEAD_BYTES = 4096;

    private AcknowledgementReader() {
    }

    /**
     * The kind of acknowledgement the interchange's first message is; empty for any other message
     * type or input without a readable UNB/UNH. Lenient: what is wrong with it is {@link #read}'s to report.
     */
    public static Optional<AckKind> kindOf(byte[] raw) {
        // the first UNH sits within the first few hundred bytes: scanning a 100-message interchange
        // whole to learn it cost a full StAEDI pass per inbound interchange
        List<ReceivedMessage> messages = ReceivedMessages.scan(raw.length <= HEAD_BYTES ? raw : Arrays.copyOf(raw, HEAD_BYTES));
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        String type = messages.get(0).identifier().type();
        for (AckKind kind : AckKind.values()) {
            if (kind.name().equals(type)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Every acknowledgement in the interchange.
     *
     * @throws EdiSyntaxException a broken envelope, a message of another type, or acknowledgement content
     *                            that answers nothing; every problem with its position
     */
    public static List<AcknowledgementReceived> read(byte[] raw, AckKind kind) {
        return switch (kind) {
            case CONTRL -> ContrlReader.read(raw);
            case APERAK -> AperakReader.read(raw);
        };
    }
}

package io.minato.hub.mappings.edifact.write;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one UN/EDIFACT interchange: UNA (always, default service characters {@code :+.? '}; syntax 4
 * adds its default repetition separator, {@code :+.?*'}), UNB
 * from the {@link OutboundEnvelope}, the messages, and on {@link #close()} UNZ with the message
 * count. Message references are 1, 2, … in the order written; UNT counts come from the
 * {@link MessageBody}. Bytes are in the envelope's charset, with no BOM and nothing between
 * segments (no LF/CRLF): some partners' translators count every byte.
 *
 * <p>Not thread-safe; one writer per interchange. Closing does not close the target stream.
 */
public final class InterchangeWriter implements AutoCloseable {

    private static final DateTimeFormatter DATE_V3 = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter DATE_V4 = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private final OutboundEnvelope envelope;
    private final StaediSegments segments;
    private int messages;
    private boolean closed;
    /** Set when a message failed half-written: UNZ would then seal a broken interchange. */
    private boolean failed;

    private InterchangeWriter(OutputStream out, OutboundEnvelope envelope) {
        this.envelope = envelope;
        this.segments = new StaediSegments(out, envelope);
        segments.serviceStringAdvice();
        segments.segment("UNB", List.of(
                composite(envelope.syntaxIdentifier(), String.valueOf(envelope.syntaxVersion())),
                composite(envelope.senderId(), envelope.senderQualifier()),
                composite(envelope.recipientId(), envelope.recipientQualifier()),
                composite((envelope.syntaxVersion() >= 4 ? DATE_V4 : DATE_V3).format(envelope.preparedAt()),
                        TIME.format(envelope.preparedAt())),
                simple(String.valueOf(envelope.controlReference())),
                empty(), // S005 recipient's reference/password
                empty(), // 0026 application reference
                empty(), // 0029 processing priority
                simple(envelope.acknowledgementRequested() ? "1" : null),
                empty(), // 0032 interchange agreement identifier
                simple(envelope.test() ? "1" : null)));
    }

    /** Starts an interchange on {@code out}: writes UNA and UNB now. */
    public static InterchangeWriter open(OutputStream out, OutboundEnvelope envelope) {
        return new InterchangeWriter(out, envelope);
    }

    /** The whole interchange as bytes, for callers that hold messages in memory anyway. */
    public static byte[] toBytes(OutboundEnvelope envelope, Consumer<InterchangeWriter> messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (InterchangeWriter writer = open(out, envelope)) {
            messages.accept(writer);
        }
        return out.toByteArray();
    }

    /**
     * Writes UNH, the body's segments and UNT.
     *
     * @return the message reference (0062) given to this message
     */
    public String message(MessageIdentifier identifier, Consumer<MessageBody> body) {
        if (closed) {
            throw new IllegalStateException("interchange " + envelope.controlReference() + " is already closed");
        }
        String reference = String.valueOf(++messages);
        segments.segment("UNH", List.of(simple(reference), composite(identifier.type(),
                identifier.version(), identifier.release(), identifier.agency())));
        MessageBody message = new MessageBody(segments);
        try {
            body.accept(message);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
        // UNH and UNT count themselves (ISO 9735: 0074 includes both)
        segments.segment("UNT", List.of(simple(String.valueOf(message.count() + 2)), simple(reference)));
        return reference;
    }

    /** Shorthand for {@code message(new MessageIdentifier(type, version, release, agency), body)}. */
    public String message(String type, String version, String release, String agency, Consumer<MessageBody> body) {
        return message(new MessageIdentifier(type, version, release, agency), body);
    }

    /**
     * Writes UNZ with the number of messages written and flushes; idempotent. After a message body
     * failed, writes nothing more: the caller discards the incomplete bytes.
     *
     * @throws IllegalStateException when no message was written: an empty interchange is invalid
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (failed) {
            return;
        }
        if (messages == 0) {
            // ISO 9735 (and StAEDI's control schema) require at least one message: 0085 code 32, lower level empty
            throw new IllegalStateException("interchange " + envelope.controlReference() + " has no message; not sealing it");
        }
        segments.segment("UNZ", List.of(simple(String.valueOf(messages)),
                simple(String.valueOf(envelope.controlReference()))));
        segments.finish();
    }
}

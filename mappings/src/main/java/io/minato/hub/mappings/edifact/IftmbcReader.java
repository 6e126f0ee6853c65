package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.edifact.EnvelopeReport.MessageEnvelope;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads IFTMBC D.99B interchanges (booking confirmations, as carriers send them through INTTRA)
 * into UL050 {@link BookingConfirmation}s. Steps: decode with the charset UNB declares → validate
 * the envelope with StAEDI (counts, references, message type, segment tags) → parse with Smooks
 * over the streaming EDIFACT reader ({@code iftmbc-stream.xml}: the DFDL cartridge's infoset
 * without its schema compile) → map each message. Any envelope problem rejects the whole
 * interchange with every problem and its position ({@link EdiSyntaxException}), as does a segment
 * the IFTMBC structure has no place for; a message that parses but lacks business data fails
 * with {@link io.minato.hub.mappings.support.MappingException}.
 *
 * <p>One instance for the life of the application, shared by concurrent consumers: it holds the
 * one Smooks instance and the IFTMBC D.99B structure every read reuses.
 */
public final class IftmbcReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IftmbcReader.class);
    private static final String CONFIG = "smooks/iftmbc/iftmbc-stream.xml";
    private static final String WARM_UP_SAMPLE = "smooks/iftmbc/warm-up.edi";

    private final EnvelopeValidator validator = new EnvelopeValidator(MessageProfile.IFTMBC_D99B);
    private final EdifactStructures structures = new EdifactStructures();
    private final SmooksEdifactParser parser = new SmooksEdifactParser(CONFIG, structures);
    private final IftmbcMapper mapper = new IftmbcMapper();

    /** Cheap: the Smooks instance and the message structure are built on first use or {@link #warmUp()}. */
    public IftmbcReader() {
    }

    /**
     * Loads the IFTMBC D.99B structure from the schema jar and builds the Smooks instance now (by
     * reading a tiny embedded sample), a few hundred milliseconds, so the first real message is not slower.
     */
    public void warmUp() {
        long started = System.nanoTime();
        structures.preload("d99b", "IFTMBC");
        read(sample());
        LOG.info("IFTMBC D99B reader warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    public Interchange<BookingConfirmation> read(byte[] raw) {
        return read(raw, null);
    }

    /**
     * @param charsetOverride the charset the sender's bytes are really in, when its UNB declares
     *                        another (a partner-profile setting); null to trust UNB
     */
    public Interchange<BookingConfirmation> read(byte[] raw, Charset charsetOverride) {
        DecodedInterchange interchange = InterchangeDecoder.decode(raw, charsetOverride);
        EnvelopeReport envelope = validator.validate(interchange);
        envelope.throwIfProblems();
        Document infoset = parser.parse(raw, charsetOverride, interchange);
        List<Element> messages = Dom.descendants(infoset.getDocumentElement(), "Message");
        if (messages.size() != envelope.messages().size()) {
            throw new EdiSyntaxException(interchange.position(1), "Smooks found " + messages.size()
                    + " message(s) where the envelope has " + envelope.messages().size());
        }
        List<EdifactMessage<BookingConfirmation>> read = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            MessageEnvelope message = envelope.messages().get(i);
            MessageSegments segments = new MessageSegments(interchange, messages.get(i), message.unhOrdinal(), message.reference());
            // the streaming reader names the body after UNH's type, which the envelope check fixed as IFTMBC
            Element iftmbc = Dom.child(messages.get(i), "IFTMBC").orElseThrow(() -> new IllegalStateException(
                    "message " + message.reference() + " passed as IFTMBC has no IFTMBC element"));
            read.add(new EdifactMessage<>(message.reference(), message.type(), message.unhOrdinal(),
                    mapper.map(iftmbc, segments, interchange.delimiters().decimal())));
        }
        return new Interchange<>(interchange.header(), read);
    }

    @Override
    public void close() {
        parser.close();
    }

    private static byte[] sample() {
        try (InputStream in = IftmbcReader.class.getClassLoader().getResourceAsStream(WARM_UP_SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("warm-up sample " + WARM_UP_SAMPLE + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read warm-up sample " + WARM_UP_SAMPLE, e);
        }
    }
}

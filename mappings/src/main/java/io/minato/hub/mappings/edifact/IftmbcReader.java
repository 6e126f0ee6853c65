package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.edifact.EnvelopeReport.MessageEnvelope;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.EdiSyntaxException.Problem;
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
 * the envelope with StAEDI (counts, references, message type, segment tags) → parse with the
 * Smooks EDIFACT cartridge → map each message. Any envelope problem rejects the whole
 * interchange with every problem and its position ({@link EdiSyntaxException}); a message that
 * parses but lacks business data fails with {@link io.minato.hub.mappings.support.MappingException}.
 *
 * <p>One instance for the life of the application, shared by concurrent consumers: it holds the
 * one Smooks instance whose compiled DFDL schema (30–57 s to build) every read reuses.
 */
public final class IftmbcReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IftmbcReader.class);
    private static final String CONFIG = "smooks/iftmbc/iftmbc-d99b.xml";
    private static final String WARM_UP_SAMPLE = "smooks/iftmbc/warm-up.edi";

    private final EnvelopeValidator validator = new EnvelopeValidator(MessageProfile.IFTMBC_D99B);
    private final SmooksEdifactParser parser = new SmooksEdifactParser(CONFIG);
    private final IftmbcMapper mapper = new IftmbcMapper();

    /** Cheap: the Smooks instance and its DFDL schema are built on first use or {@link #warmUp()}. */
    public IftmbcReader() {
    }

    /** Compiles the DFDL schema now (by reading a tiny embedded sample), so the first real message is not slow. */
    public void warmUp() {
        long started = System.nanoTime();
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
        Document infoset = parser.parse(interchange);
        List<Element> messages = Dom.descendants(infoset.getDocumentElement(), "Message");
        if (messages.size() != envelope.messages().size()) {
            throw new EdiSyntaxException(interchange.position(1), "Smooks found " + messages.size()
                    + " message(s) where the envelope has " + envelope.messages().size());
        }
        List<EdifactMessage<BookingConfirmation>> read = new ArrayList<>(messages.size());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            MessageEnvelope message = envelope.messages().get(i);
            MessageSegments segments = new MessageSegments(interchange, messages.get(i), message.unhOrdinal(), message.reference());
            Element iftmbc = Dom.child(messages.get(i), "IFTMBC").orElse(null);
            if (iftmbc == null) {
                // Smooks turns a message its grammar cannot place into BadMessage instead of failing
                problems.add(new Problem(segments.at(Dom.child(messages.get(i), "UNH").orElseThrow()),
                        "segments are not in the order " + MessageProfile.IFTMBC_D99B.label() + " defines"));
                continue;
            }
            read.add(new EdifactMessage<>(message.reference(), message.type(), message.unhOrdinal(),
                    mapper.map(iftmbc, segments, interchange.delimiters().decimal())));
        }
        if (!problems.isEmpty()) {
            throw new EdiSyntaxException(problems);
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

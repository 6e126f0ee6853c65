package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.edifact.EnvelopeReport.MessageEnvelope;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.edifact.stream.MessageStream;
import io.minato.hub.mappings.edifact.stream.StreamedMessage;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads inbound UN/EDIFACT interchanges into deal updates, whatever message types they hold, as
 * long as a mapper knows the type. Steps: decode with the charset UNB declares (or the partner's
 * override) → validate the envelope with StAEDI (counts, references, supported type and
 * directory from each UNH, segment tags of that directory) → parse with Smooks over the streaming
 * EDIFACT reader ({@code edifact-stream.xml}) → hand each message to its type's
 * {@link InboundMapper}. Any envelope problem rejects the whole interchange with every problem and
 * its position ({@link EdiSyntaxException}); a message that parses but lacks business data fails
 * with {@link MappingException} naming the segment.
 *
 * <p>One instance for the life of the application, shared by concurrent consumers: it holds the
 * one Smooks instance and the message structures every read reuses.
 */
public final class EdifactReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdifactReader.class);
    private static final String CONFIG = "smooks/edifact/edifact-stream.xml";
    private static final String WARM_UP_SAMPLE = "smooks/edifact/warm-up.edi";
    /** UNA and UNB fit in far less; the peek reads this much ahead of the parser. */
    private static final int HEAD_BYTES = 4096;

    private final Map<String, InboundMapper> mappers = new LinkedHashMap<>();
    private final EdifactStructures structures = new EdifactStructures();
    private final SmooksEdifactParser parser = new SmooksEdifactParser(CONFIG, structures);
    private final EdifactStreamReader streamReader = new EdifactStreamReader(structures);
    private final MessageProfiles profiles;
    private final EnvelopeValidator validator;

    /** Cheap: the Smooks instance and message structures are built on first use or {@link #warmUp()}. */
    public EdifactReader(Collection<? extends InboundMapper> mappers) {
        for (InboundMapper mapper : mappers) {
            if (this.mappers.put(mapper.messageType(), mapper) != null) {
                throw new IllegalArgumentException("two mappers for " + mapper.messageType());
            }
        }
        this.profiles = new MessageProfiles(this.mappers.keySet(), structures);
        this.validator = new EnvelopeValidator(profiles);
    }

    /**
     * Loads the D.99B structure of every type and builds the Smooks instance now (by reading a tiny
     * embedded sample), so the first real message is not slower. Other directories load on first use.
     */
    public void warmUp() {
        long started = System.nanoTime();
        for (String type : mappers.keySet()) {
            structures.preload("d99b", type);
        }
        if (mappers.containsKey("IFTMBC")) {
            read(sample());
        }
        LOG.info("EDIFACT reader for {} warmed up in {} ms", mappers.keySet(), (System.nanoTime() - started) / 1_000_000);
    }

    public Interchange<List<DealUpdate>> read(byte[] raw) {
        return read(raw, null);
    }

    /**
     * @param charsetOverride the charset the sender's bytes are really in, when its UNB declares
     *                        another (a partner-profile setting); null to trust UNB
     */
    public Interchange<List<DealUpdate>> read(byte[] raw, Charset charsetOverride) {
        Parsed parsed = parse(raw, charsetOverride);
        List<EdifactMessage<List<DealUpdate>>> read = new ArrayList<>(parsed.messages().size());
        for (EdifactMessage<MessageView> message : parsed.messages()) {
            read.add(map(message));
        }
        return new Interchange<>(parsed.header(), read);
    }

    /** A validated, parsed interchange: each message as the view its mapper reads. */
    record Parsed(InterchangeHeader header, List<EdifactMessage<MessageView>> messages) {
    }

    Parsed parse(byte[] raw, Charset charsetOverride) {
        DecodedInterchange interchange = InterchangeDecoder.decode(raw, charsetOverride);
        EnvelopeReport envelope = validator.validate(interchange);
        envelope.throwIfProblems();
        Document infoset = parser.parse(raw, charsetOverride, interchange);
        List<Element> messages = Dom.descendants(infoset.getDocumentElement(), "Message");
        if (messages.size() != envelope.messages().size()) {
            throw new EdiSyntaxException(interchange.position(1), "Smooks found " + messages.size()
                    + " message(s) where the envelope has " + envelope.messages().size());
        }
        List<EdifactMessage<MessageView>> parsed = new ArrayList<>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            MessageEnvelope message = envelope.messages().get(i);
            String type = message.type().split(":")[0].toUpperCase(Locale.ROOT);
            MessageSegments segments = new MessageSegments(interchange, messages.get(i), message.unhOrdinal(), message.reference());
            // the streaming reader names the body after UNH's type, which the envelope check let through
            Element body = Dom.child(messages.get(i), type).orElseThrow(() -> new IllegalStateException(
                    "message " + message.reference() + " of type " + type + " has no " + type + " element"));
            MessageView view = new MessageView(interchange.header(), message.reference(), body, segments,
                    interchange.delimiters().decimal());
            parsed.add(new EdifactMessage<>(message.reference(), message.type(), message.unhOrdinal(), view));
        }
        return new Parsed(interchange.header(), parsed);
    }

    /**
     * Reads an interchange of any size one message at a time, without holding it: the streaming
     * reader (the engine under this reader's Smooks config) hands each message's DOM to its mapper
     * and the result to {@code each} before the next message is read. Not through Smooks here:
     * Smooks' SAX NG filter with a per-message visitor was measured at 186 messages/s on a
     * 100,000-message interchange (peak heap 237 MB), the reader alone at 8,270. The streaming
     * reader checks structure, UNT counts and references and UNZ as it goes, so the first problem
     * stops the read (with its position);
     * messages before it have been handed out already, which is why callers of this method read
     * twice — once to validate, once to apply — or apply idempotently.
     *
     * @return the interchange header and how many messages were read
     */
    public StreamedInterchange stream(InputStream in, Charset charsetOverride,
                                      Consumer<EdifactMessage<List<DealUpdate>>> each) {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_BYTES);
        EnvelopeInspector.Peek peek = EnvelopeInspector.peek(head(buffered)).orElseThrow(() ->
                new EdiSyntaxException(EdiPosition.segment(1, null), "not an EDIFACT interchange: no UNB at the start"));
        InterchangeHeader header = peek.header();
        int messages = 0;
        try (MessageStream stream = streamReader.open(buffered, charsetOverride)) {
            while (stream.hasNext()) {
                StreamedMessage streamed = stream.next();
                each.accept(map(view(streamed.message(), header, streamed.unhOrdinal(), peek.delimiters().decimal(),
                        ordinal -> streamed.position(ordinal, null))));
                messages++;
            }
        }
        return new StreamedInterchange(header, messages);
    }

    /** What {@link #stream} read: the UNB header and the number of messages. */
    public record StreamedInterchange(InterchangeHeader header, int messages) {
    }

    private EdifactMessage<MessageView> view(Element message, InterchangeHeader header, int unhOrdinal, char decimal,
                                             IntFunction<EdiPosition> positions) {
        Element unh = Dom.child(message, "UNH").orElseThrow(() ->
                new IllegalStateException("a Message fragment without UNH at segment " + unhOrdinal));
        Element s009Element = Dom.child(unh, "S009").orElseThrow();
        List<String> s009 = new ArrayList<>();
        for (String component : List.of("E0065", "E0052", "E0054", "E0051")) {
            s009.add(Dom.text(s009Element, component).orElse(""));
        }
        String reference = Dom.text(unh, "E0062").orElse(null);
        EdiPosition unhPosition = EdiPosition.segment(unhOrdinal, "UNH").withReferences(header.controlReference(), reference);
        profiles.unsupported(s009).ifPresent(reason -> {
            throw new EdiSyntaxException(unhPosition.withElement(2, 0), reason);
        });
        String type = s009.get(0).toUpperCase(Locale.ROOT);
        MessageSegments segments = new MessageSegments(positions, header.controlReference(), message, unhOrdinal, reference);
        Element body = Dom.child(message, type).orElseThrow(() -> new IllegalStateException(
                "message " + reference + " of type " + type + " has no " + type + " element"));
        return new EdifactMessage<>(reference, MessageProfiles.typeOf(s009), unhOrdinal,
                new MessageView(header, reference, body, segments, decimal));
    }

    private EdifactMessage<List<DealUpdate>> map(EdifactMessage<MessageView> message) {
        List<DealUpdate> updates = mappers.get(typeOf(message)).map(message.document());
        if (updates.isEmpty()) {
            throw new MappingException(message.document().atMessage(), "the message says nothing to apply");
        }
        return new EdifactMessage<>(message.messageRef(), message.messageType(), message.firstSegmentOrdinal(), updates);
    }

    private static byte[] head(BufferedInputStream in) {
        try {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the interchange header", e);
        }
    }

    private static String typeOf(EdifactMessage<?> message) {
        return message.messageType().split(":")[0].toUpperCase(Locale.ROOT);
    }

    @Override
    public void close() {
        parser.close();
    }

    private static byte[] sample() {
        try (InputStream in = EdifactReader.class.getClassLoader().getResourceAsStream(WARM_UP_SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("warm-up sample " + WARM_UP_SAMPLE + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read warm-up sample " + WARM_UP_SAMPLE, e);
        }
    }
}

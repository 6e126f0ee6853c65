package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.edifact.EnvelopeReport.MessageEnvelope;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
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
import java.util.Set;
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

    private final Map<String, InboundMapper> mappers = new LinkedHashMap<>();
    private final EdifactStructures structures = new EdifactStructures();
    private final SmooksEdifactParser parser = new SmooksEdifactParser(CONFIG, structures);
    private final EnvelopeValidator validator;

    /** Cheap: the Smooks instance and message structures are built on first use or {@link #warmUp()}. */
    public EdifactReader(Collection<? extends InboundMapper> mappers) {
        for (InboundMapper mapper : mappers) {
            if (this.mappers.put(mapper.messageType(), mapper) != null) {
                throw new IllegalArgumentException("two mappers for " + mapper.messageType());
            }
        }
        this.validator = new EnvelopeValidator(new MessageProfiles(this.mappers.keySet(), structures));
    }

    /** The UNH message types (0065) this reader maps. */
    public Set<String> messageTypes() {
        return mappers.keySet();
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
            InboundMapper mapper = mappers.get(typeOf(message));
            List<DealUpdate> updates = mapper.map(message.document());
            if (updates.isEmpty()) {
                throw new MappingException(message.document().atMessage(), "the message says nothing to apply");
            }
            read.add(new EdifactMessage<>(message.messageRef(), message.messageType(), message.firstSegmentOrdinal(), updates));
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

package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.NoSuchElementException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The messages of one interchange, pulled one at a time: only the current message's DOM and one
 * segment are held, so a 100 MB interchange reads in a small heap. Envelope segments (UNB, UNG,
 * UNE, UNZ) are read and kept as DFDL-shaped elements; each message's UNT count and reference are
 * checked before the message is handed out. Not thread-safe: one stream per interchange and thread.
 */
public final class MessageStream implements Iterator<StreamedMessage>, AutoCloseable {

    private final EdifactStructures structures;
    private final Closeable source;
    private final InterchangeHeader header;
    private final SegmentReader reader;
    private final EnvelopeSegments envelope;
    private final MessageAssembly assembly;
    private final List<Element> envelopeRead = new ArrayList<>(2);
    private StreamedMessage pending;
    private boolean ended;
    private boolean replayed;
    private boolean iterated;

    MessageStream(InterchangeInput input, EdifactStructures structures) {
        this.structures = structures;
        this.source = input.source();
        this.header = input.header();
        this.reader = input.reader();
        Syntax syntax = reader.readServiceStringAdvice();
        this.envelope = new EnvelopeSegments(structures, syntax, header);
        this.assembly = new MessageAssembly(structures, syntax, header, reader);
        RawSegment unb = reader.next();
        if (unb == null || !unb.tag().equals("UNB")) {
            throw new EdiSyntaxException(EdiPosition.segment(1, unb == null ? null : unb.tag()),
                    "an interchange starts with UNB");
        }
        envelope.unb(unb);
    }

    public InterchangeHeader header() {
        return header;
    }

    /** The six UNA characters as sent, or null when the interchange has no UNA. */
    public String serviceStringAdvice() {
        return reader.serviceStringAdvice();
    }

    /** UNB as the DFDL infoset has it. */
    public Element unb() {
        return envelope.unb();
    }

    @Override
    public boolean hasNext() {
        iterated |= !replayed;
        if (pending == null && !ended) {
            pending = advance();
        }
        return pending != null;
    }

    @Override
    public StreamedMessage next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more messages in interchange " + header.controlReference());
        }
        StreamedMessage message = pending;
        pending = null;
        return message;
    }

    private StreamedMessage advance() {
        RawSegment segment;
        while ((segment = reader.next()) != null) {
            switch (segment.tag()) {
                case "UNH" -> {
                    envelope.countMessage();
                    return assembly.read(segment);
                }
                case "UNG", "UNE", "UNZ" -> envelopeRead.add(envelope.service(segment));
                default -> throw new EdiSyntaxException(position(segment),
                        "segment " + segment.tag() + " outside a message (UNH…UNT)");
            }
        }
        ended = true;
        envelope.checkEnded();
        return null;
    }

    /**
     * UNG, UNE and UNZ (as the DFDL infoset has them) read since the last call, in input order: the
     * envelope segments that come before the message {@link #hasNext()} has just read, or, once it
     * returns false, those after the last message. Lets a caller replay the whole interchange.
     */
    List<Element> takeEnvelopeSegments() {
        List<Element> taken = List.copyOf(envelopeRead);
        envelopeRead.clear();
        return taken;
    }

    /**
     * Reads the rest of the interchange instead of iterating it, handing every segment from UNB to
     * UNZ in input order as values by position (UNA is not a segment: see
     * {@link #serviceStringAdvice()}). The values are what the message DOMs hold, so a writer fed
     * with them writes the interchange the reader understood, in normalized form.
     *
     * @param repetitionSeparator see {@link DomSegments#values}: true when the values are for a
     *                            syntax 4 interchange with a repetition separator of its own
     * @throws IllegalStateException when messages were taken from this stream already
     */
    public void replay(boolean repetitionSeparator, Consumer<SegmentValues> each) {
        if (replayed || iterated) {
            throw new IllegalStateException("interchange " + header.controlReference() + " is read already");
        }
        replayed = true;
        each.accept(DomSegments.values(structures.serviceSegment("UNB", "UNB-InterchangeHeader"), envelope.unb(),
                repetitionSeparator));
        while (hasNext()) {
            replayEnvelope(repetitionSeparator, each);
            StreamedMessage message = next();
            Map<String, SegmentDef> definitions = new HashMap<>();
            String type = message.type().substring(0, message.type().indexOf(':'));
            collectDefinitions(structures.structure(message.directory(), type).body(), definitions);
            Element unh = (Element) message.message().getFirstChild();
            each.accept(DomSegments.values(structures.serviceSegment("UNH", "UNH-MessageHeader"), unh, repetitionSeparator));
            replayBody(message.body(), definitions, repetitionSeparator, each);
            each.accept(DomSegments.values(structures.serviceSegment("UNT", "UNT-MessageTrailer"),
                    (Element) message.message().getLastChild(), repetitionSeparator));
        }
        replayEnvelope(repetitionSeparator, each);
    }

    private void replayEnvelope(boolean repetitionSeparator, Consumer<SegmentValues> each) {
        for (Element segment : takeEnvelopeSegments()) {
            String tag = segment.getLocalName();
            String typeName = switch (tag) {
                case "UNG" -> "UNG-GroupHeader";
                case "UNE" -> "UNE-GroupTrailer";
                default -> "UNZ-InterchangeTrailer";
            };
            each.accept(DomSegments.values(structures.serviceSegment(tag, typeName), segment, repetitionSeparator));
        }
    }

    /** Segments and groups ({@code SegGrp-n}) in document order, which is input order. */
    private static void replayBody(Element parent, Map<String, SegmentDef> definitions, boolean repetitionSeparator,
                                   Consumer<SegmentValues> each) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                SegmentDef definition = definitions.get(element.getLocalName());
                if (definition != null) {
                    each.accept(DomSegments.values(definition, element, repetitionSeparator));
                } else {
                    replayBody(element, definitions, repetitionSeparator, each);
                }
            }
        }
    }

    private static void collectDefinitions(List<StructureNode> nodes, Map<String, SegmentDef> definitions) {
        for (StructureNode node : nodes) {
            if (node instanceof StructureNode.GroupSlot group) {
                collectDefinitions(group.children(), definitions);
            } else {
                StructureNode.SegmentSlot slot = (StructureNode.SegmentSlot) node;
                definitions.put(slot.tag(), slot.segment());
            }
        }
    }

    private EdiPosition position(RawSegment segment) {
        return EdiPosition.segment(segment.ordinal(), segment.tag()).withByteOffset(segment.byteOffset())
                .withReferences(header.controlReference(), null);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing interchange " + header.controlReference(), e);
        }
    }
}

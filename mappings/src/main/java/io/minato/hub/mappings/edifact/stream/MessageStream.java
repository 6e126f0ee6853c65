package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.w3c.dom.Element;

/**
 * The messages of one interchange, pulled one at a time: only the current message's DOM and one
 * segment are held, so a 100 MB interchange reads in a small heap. Envelope segments (UNB, UNG,
 * UNE, UNZ) are read and kept as DFDL-shaped elements; each message's UNT count and reference are
 * checked before the message is handed out. Not thread-safe: one stream per interchange and thread.
 */
public final class MessageStream implements Iterator<StreamedMessage>, AutoCloseable {

    private static final int PEEK_BYTES = 4096;

    private final InputStream in;
    private final InterchangeHeader header;
    private final SegmentReader reader;
    private final EnvelopeSegments envelope;
    private final MessageAssembly assembly;
    private StreamedMessage pending;
    private boolean ended;

    MessageStream(InputStream raw, EdifactStructures structures) {
        this.in = raw.markSupported() ? raw : new BufferedInputStream(raw, 64 * 1024);
        byte[] peek = peek(in);
        this.header = EnvelopeInspector.inspect(peek).orElseThrow(() -> new EdiSyntaxException(
                EdiPosition.segment(1, null).withByteOffset(0), "not a UN/EDIFACT interchange: no UNB interchange header"));
        if (header.charsetName() == null) {
            throw new EdiSyntaxException(EdiPosition.segment(1, "UNB").withElement(1, 1),
                    "syntax identifier " + header.syntaxIdentifier() + " is not supported");
        }
        int bom = peek.length >= 3 && (peek[0] & 0xFF) == 0xEF && (peek[1] & 0xFF) == 0xBB && (peek[2] & 0xFF) == 0xBF ? 3 : 0;
        Charset charset = Charset.forName(header.charsetName());
        skip(in, bom);
        InputStreamReader chars = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.reader = new SegmentReader(chars, new ByteCounter(charset), bom, header.controlReference());
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

    /** UNB as the DFDL infoset has it. */
    public Element unb() {
        return envelope.unb();
    }

    @Override
    public boolean hasNext() {
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
                case "UNG", "UNE", "UNZ" -> envelope.service(segment);
                default -> throw new EdiSyntaxException(position(segment),
                        "segment " + segment.tag() + " outside a message (UNH…UNT)");
            }
        }
        ended = true;
        envelope.checkEnded();
        return null;
    }

    private EdiPosition position(RawSegment segment) {
        return EdiPosition.segment(segment.ordinal(), segment.tag()).withByteOffset(segment.byteOffset())
                .withReferences(header.controlReference(), null);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing interchange " + header.controlReference(), e);
        }
    }

    private static byte[] peek(InputStream in) {
        try {
            in.mark(PEEK_BYTES);
            byte[] buffer = in.readNBytes(PEEK_BYTES);
            in.reset();
            return Arrays.copyOf(buffer, buffer.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the start of an interchange", e);
        }
    }

    private static void skip(InputStream in, int bytes) {
        try {
            in.skipNBytes(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("skipping the byte order mark", e);
        }
    }
}

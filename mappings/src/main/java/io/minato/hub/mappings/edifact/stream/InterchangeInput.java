package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The start of one interchange, from raw bytes or from characters someone else decoded: its UNB
 * header (peeked, as {@link EnvelopeInspector} reads it) and a {@link SegmentReader} over the
 * rest. Bytes are decoded strictly with the charset the UNB syntax identifier implies, or with the
 * partner's override when its bytes are in another; characters are taken as decoded already, and
 * that charset only counts their bytes for positions.
 */
record InterchangeInput(InterchangeHeader header, SegmentReader reader, Closeable source) {

    private static final int PEEK = 4096;
    private static final char BOM = '\uFEFF';

    static InterchangeInput ofBytes(InputStream raw, Charset charsetOverride) {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw, 64 * 1024);
        byte[] peek = peek(in);
        InterchangeHeader header = inspect(peek);
        Charset charset = charset(header, charsetOverride);
        int bom = peek.length >= 3 && (peek[0] & 0xFF) == 0xEF && (peek[1] & 0xFF) == 0xBB && (peek[2] & 0xFF) == 0xBF ? 3 : 0;
        skip(in, bom);
        InputStreamReader chars = new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        return new InterchangeInput(header, new SegmentReader(chars, new ByteCounter(charset), bom,
                header.controlReference()), in);
    }

    static InterchangeInput ofCharacters(Reader decoded, Charset charsetOverride) {
        Reader in = decoded.markSupported() ? decoded : new BufferedReader(decoded, 16 * 1024);
        String peek = peek(in);
        boolean bom = !peek.isEmpty() && peek.charAt(0) == BOM;
        peek = bom ? peek.substring(1) : peek;
        // UNB is ASCII in every syntax level, so UTF-8 bytes find the syntax identifier; the header is
        // then read again from the bytes of the charset it names, so its ids keep their own characters
        InterchangeHeader header = inspect(peek.getBytes(StandardCharsets.UTF_8));
        Charset charset = charset(header, charsetOverride);
        header = inspect(peek.getBytes(charset));
        ByteCounter bytes = new ByteCounter(charset);
        long start = 0;
        if (bom) {
            skip(in);
            start = bytes.count(String.valueOf(BOM), 0, 1);
        }
        return new InterchangeInput(header, new SegmentReader(in, bytes, start, header.controlReference()), in);
    }

    private static InterchangeHeader inspect(byte[] peek) {
        return EnvelopeInspector.inspect(peek).orElseThrow(() -> new EdiSyntaxException(
                EdiPosition.segment(1, null).withByteOffset(0), "not a UN/EDIFACT interchange: no UNB interchange header"));
    }

    private static Charset charset(InterchangeHeader header, Charset override) {
        if (override != null) {
            return override;
        }
        if (header.charsetName() == null) {
            throw new EdiSyntaxException(EdiPosition.segment(1, "UNB").withElement(1, 1),
                    "syntax identifier " + header.syntaxIdentifier() + " is not supported");
        }
        return Charset.forName(header.charsetName());
    }

    private static byte[] peek(InputStream in) {
        try {
            in.mark(PEEK);
            byte[] buffer = in.readNBytes(PEEK);
            in.reset();
            return Arrays.copyOf(buffer, buffer.length);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the start of an interchange", e);
        }
    }

    private static String peek(Reader in) {
        try {
            in.mark(PEEK);
            char[] buffer = new char[PEEK];
            int length = 0;
            int read;
            while (length < PEEK && (read = in.read(buffer, length, PEEK - length)) >= 0) {
                length += read;
            }
            in.reset();
            return new String(buffer, 0, length);
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

    private static void skip(Reader in) {
        try {
            if (in.read() != BOM) {
                throw new IllegalStateException("the byte order mark just peeked is gone");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("skipping the byte order mark", e);
        }
    }
}

package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;

/**
 * Pulls segments one at a time from decoded characters: UNA first (if any), then each segment up
 * to its first unreleased terminator. Whitespace between segments (LF, CRLF, indentation) is
 * skipped as partners send it. Holds one segment and a 16 K character buffer, never the interchange.
 */
final class SegmentReader {

    private static final int UNA_LENGTH = 9;

    private final Reader in;
    private final ByteCounter bytes;
    private final String interchangeRef;
    private final char[] buffer = new char[16 * 1024];
    private final StringBuilder text = new StringBuilder(256);
    private int position;
    private int limit;
    private long byteOffset;
    private int ordinal;
    private Syntax syntax = Syntax.DEFAULT;
    private String serviceStringAdvice;

    SegmentReader(Reader in, ByteCounter bytes, long startByteOffset, String interchangeRef) {
        this.in = in;
        this.bytes = bytes;
        this.byteOffset = startByteOffset;
        this.interchangeRef = interchangeRef;
    }

    /** Reads UNA if the input starts with it; the defaults otherwise. Call once, before {@link #next()}. */
    Syntax readServiceStringAdvice() {
        skipWhitespace();
        if (fill(UNA_LENGTH) >= UNA_LENGTH && buffer[position] == 'U' && buffer[position + 1] == 'N'
                && buffer[position + 2] == 'A') {
            serviceStringAdvice = new String(buffer, position + 3, 6);
            syntax = Syntax.fromUna(serviceStringAdvice);
            byteOffset += UNA_LENGTH;
            position += UNA_LENGTH;
        }
        return syntax;
    }

    Syntax syntax() {
        return syntax;
    }

    /** The six characters after {@code UNA} as sent (before defaults replace spaces), null without UNA. */
    String serviceStringAdvice() {
        return serviceStringAdvice;
    }

    /** The next segment, or {@code null} at the end of the input. */
    RawSegment next() {
        skipWhitespace();
        if (fill(1) == 0) {
            return null;
        }
        long start = byteOffset;
        int segmentOrdinal = ++ordinal;
        text.setLength(0);
        boolean released = false;
        while (true) {
            if (position == limit && fill(1) == 0) {
                throw new EdiSyntaxException(position(segmentOrdinal, start),
                        "segment is not ended by the terminator " + syntax.segment() + " before the end of the input");
            }
            char c = buffer[position++];
            if (!released && c == syntax.segment()) {
                break;
            }
            released = !released && syntax.isRelease(c);
            text.append(c);
        }
        byteOffset += bytes.count(text, 0, text.length()) + 1;
        String segment = text.toString();
        return new RawSegment(segmentOrdinal, tagOf(segment), segment, start);
    }

    private String tagOf(String segment) {
        int end = 0;
        while (end < segment.length() && end < 3 && segment.charAt(end) != syntax.element()
                && segment.charAt(end) != syntax.component()) {
            end++;
        }
        return segment.substring(0, end);
    }

    private void skipWhitespace() {
        while (fill(1) > 0 && Character.isWhitespace(buffer[position])) {
            char c = buffer[position];
            byteOffset += c < 0x80 ? 1 : bytes.count(String.valueOf(c), 0, 1);
            position++;
        }
    }

    /** Makes at least {@code wanted} characters available if the input has them; returns how many are. */
    private int fill(int wanted) {
        if (limit - position >= wanted) {
            return limit - position;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        try {
            while (limit < wanted) {
                int read = in.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    break;
                }
                limit += read;
            }
        } catch (CharacterCodingException e) {
            throw new EdiSyntaxException(List.of(new EdiSyntaxException.Problem(position(ordinal + 1, byteOffset),
                    "bytes after offset " + byteOffset + " are not valid in the charset the syntax identifier declares")), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading interchange after byte " + byteOffset, e);
        }
        return limit - position;
    }

    private EdiPosition position(int segmentOrdinal, long offset) {
        return EdiPosition.segment(segmentOrdinal, null).withByteOffset(offset).withReferences(interchangeRef, null);
    }
}

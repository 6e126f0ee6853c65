package io.minato.hub.mappings.edifact.stream;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How many raw bytes a run of decoded characters took, so positions name the byte offset without
 * keeping the raw input: one per character in the single-byte charsets (UNOA…UNOK), computed for
 * UTF-8 (UNOW/UNOY), re-encoded for ISO-2022-JP (UNOX; exact as long as the sender returns to
 * ASCII before each separator, which the syntax requires).
 */
final class ByteCounter {

    private enum Kind { SINGLE_BYTE, UTF_8, ENCODE }

    private final Kind kind;
    private final CharsetEncoder encoder;

    ByteCounter(Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            kind = Kind.UTF_8;
            encoder = null;
        } else if (charset.newEncoder().maxBytesPerChar() <= 1.0f) {
            kind = Kind.SINGLE_BYTE;
            encoder = null;
        } else {
            kind = Kind.ENCODE;
            encoder = charset.newEncoder();
        }
    }

    long count(CharSequence text, int start, int end) {
        return switch (kind) {
            case SINGLE_BYTE -> end - start;
            case UTF_8 -> utf8(text, start, end);
            case ENCODE -> encoded(text, start, end);
        };
    }

    private static long utf8(CharSequence text, int start, int end) {
        long bytes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private long encoded(CharSequence text, int start, int end) {
        boolean ascii = true;
        for (int i = start; i < end && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        if (ascii) {
            return end - start;
        }
        try {
            ByteBuffer bytes = encoder.reset().encode(CharBuffer.wrap(text, start, end));
            return bytes.remaining();
        } catch (CharacterCodingException e) {
            // the characters were decoded from this very charset, so they always encode back
            throw new IllegalStateException("cannot re-encode decoded text with " + encoder.charset(), e);
        }
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiPosition;
import java.util.List;

/**
 * An interchange decoded with the charset its UNB declares: the text handed to StAEDI and Smooks
 * (starting at UNA/UNB, BOM and leading whitespace removed) and where each segment sits, in
 * characters of that text and in bytes of the raw input, so every error can name both.
 */
record DecodedInterchange(InterchangeHeader header, Delimiters delimiters, String text, List<Segment> segments) {

    /** One segment: 1-based ordinal (UNA excluded), tag, first char in {@code text}, first byte in the raw input. */
    record Segment(int ordinal, String tag, int charStart, long byteOffset) {
    }

    DecodedInterchange {
        segments = List.copyOf(segments);
    }

    /** Position of a segment by ordinal; ordinals outside the interchange keep the ordinal only. */
    EdiPosition position(int ordinal) {
        if (ordinal < 1 || ordinal > segments.size()) {
            return EdiPosition.segment(ordinal, null).withReferences(header.controlReference(), null);
        }
        Segment segment = segments.get(ordinal - 1);
        return EdiPosition.segment(ordinal, segment.tag())
                .withByteOffset(segment.byteOffset())
                .withReferences(header.controlReference(), null);
    }

    /** Position of the segment holding the character at {@code charIndex} of {@link #text()}. */
    EdiPosition positionAtChar(int charIndex) {
        int ordinal = 1;
        for (Segment segment : segments) {
            if (segment.charStart() > charIndex) {
                break;
            }
            ordinal = segment.ordinal();
        }
        return position(ordinal);
    }

    /** Daffodil reports byte offsets of the UTF-8 stream Smooks made of {@link #text()}. */
    EdiPosition positionAtUtf8Byte(long utf8Offset) {
        long bytes = 0;
        int index = 0;
        while (index < text.length() && bytes < utf8Offset) {
            int codePoint = text.codePointAt(index);
            bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            index += Character.charCount(codePoint);
        }
        return positionAtChar(index);
    }
}

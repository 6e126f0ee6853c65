package io.minato.hub.mappings.edifact;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Cheap read of UNA/UNB only, for archiving metadata before any parse (and for choosing the
 * charset to decode the rest with). Looks at the first few kilobytes, never throws on garbage:
 * anything that is not a terminated UNB after an optional UTF-8 BOM, whitespace and UNA gives
 * {@link Optional#empty()}.
 */
public final class EnvelopeInspector {

    /** UNB is at most ~300 characters even in syntax 4; a generous window keeps the peek cheap. */
    private static final int PEEK_BYTES = 4096;

    private EnvelopeInspector() {
    }

    public static Optional<InterchangeHeader> inspect(byte[] raw) {
        return peek(raw).map(Peek::header);
    }

    /** What the peek found, with the bits the decoder needs too. */
    public record Peek(InterchangeHeader header, Delimiters delimiters, int startOffset) {
    }

    public static Optional<Peek> peek(byte[] raw) {
        if (raw == null) {
            return Optional.empty();
        }
        int bom = Bom.length(raw);
        // ISO-8859-1 maps every byte to one char, so indices below are byte offsets (minus the BOM);
        // service characters are ASCII and never appear inside a UTF-8 multi-byte sequence
        String bytes = new String(raw, bom, Math.min(raw.length - bom, PEEK_BYTES), StandardCharsets.ISO_8859_1);
        int at = SegmentScanner.skipWhitespace(bytes, 0);
        int start = at;
        Delimiters delimiters = Delimiters.DEFAULT;
        if (SegmentScanner.startsWith(bytes, at, "UNA")) {
            if (bytes.length() < at + Delimiters.UNA_LENGTH) {
                return Optional.empty();
            }
            delimiters = Delimiters.fromUna(bytes, at);
            at = SegmentScanner.skipWhitespace(bytes, at + Delimiters.UNA_LENGTH);
        }
        if (!SegmentScanner.startsWith(bytes, at, "UNB") || bytes.length() <= at + 3
                || bytes.charAt(at + 3) != delimiters.element()) {
            return Optional.empty();
        }
        SegmentSpan unb = SegmentScanner.next(bytes, at, 1, delimiters);
        if (!unb.terminated()) {
            return Optional.empty();
        }
        List<List<String>> elements = SegmentScanner.elements(bytes, unb, delimiters);
        String syntaxIdentifier = value(elements, 1, 1);
        Optional<String> charsetName = SyntaxCharsets.forSyntaxIdentifier(syntaxIdentifier);
        if (charsetName.isPresent() && !StandardCharsets.ISO_8859_1.name().equals(charsetName.get())) {
            // identifiers may hold non-ASCII characters under UNOY/UNOW: split again, properly decoded
            String decoded = new String(raw, bom + unb.start(), unb.end() - unb.start(), Charset.forName(charsetName.get()));
            elements = SegmentScanner.elements(decoded, new SegmentSpan(1, "UNB", 0, decoded.length(), true), delimiters);
        }
        String date = value(elements, 4, 1);
        String time = value(elements, 4, 2);
        InterchangeHeader header = new InterchangeHeader(syntaxIdentifier, value(elements, 1, 2),
                charsetName.orElse(null), value(elements, 2, 1), value(elements, 2, 2),
                value(elements, 3, 1), value(elements, 3, 2), value(elements, 5, 1),
                date == null ? null : time == null ? date : date + ":" + time,
                "1".equals(value(elements, ACKNOWLEDGEMENT_REQUEST, 1)), "1".equals(value(elements, TEST_INDICATOR, 1)));
        return Optional.of(new Peek(header, delimiters, bom + start));
    }

    /** UNB element positions of 0031 (acknowledgement request) and 0035 (test indicator). */
    private static final int ACKNOWLEDGEMENT_REQUEST = 9;
    private static final int TEST_INDICATOR = 11;

    /** Element/component by EDI position (1-based), {@code null} when absent or empty. */
    private static String value(List<List<String>> elements, int element, int component) {
        if (element >= elements.size() || component > elements.get(element).size()) {
            return null;
        }
        String value = elements.get(element).get(component - 1);
        return value.isEmpty() ? null : value;
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns raw bytes into {@link DecodedInterchange}: finds UNA/UNB, decodes strictly with the
 * charset the syntax identifier implies (a byte that is not valid in it is an error with its
 * offset, never a silent replacement character), and indexes the segments.
 */
final class InterchangeDecoder {

    private InterchangeDecoder() {
    }

    static DecodedInterchange decode(byte[] raw) {
        return decode(raw, null);
    }

    /**
     * @param charsetOverride the charset a partner's bytes really are in, when it differs from what
     *                        its UNB declares (from the partner profile); null to trust UNB
     */
    static DecodedInterchange decode(byte[] raw, Charset charsetOverride) {
        EnvelopeInspector.Peek peek = EnvelopeInspector.peek(raw).orElseThrow(() -> notEdifact(raw));
        InterchangeHeader header = peek.header();
        int start = peek.startOffset();
        // byte-for-byte view: its indices are byte offsets, its segments those of any ASCII-compatible charset
        String bytes = new String(raw, start, raw.length - start, StandardCharsets.ISO_8859_1);
        List<SegmentSpan> byteSpans = SegmentScanner.scan(bytes, 0, peek.delimiters());
        if (header.charsetName() == null && charsetOverride == null) {
            EdiPosition unb = EdiPosition.segment(1, "UNB").withElement(1, 1).withByteOffset(start + firstUnb(byteSpans));
            throw new EdiSyntaxException(unb, header.syntaxIdentifier() == null ? "UNB has no syntax identifier (0001)"
                    : "syntax identifier " + header.syntaxIdentifier()
                    + " is not supported (supported: UNOA, UNOB, UNOC…UNOK, UNOW, UNOX, UNOY)");
        }
        Charset charset = charsetOverride != null ? charsetOverride : Charset.forName(header.charsetName());
        String text = decodeStrictly(raw, start, charset, byteSpans, header);
        // ISO-2022-JP shifts into two-byte JIS text whose bytes may look like delimiters, so its
        // byte view cannot locate segments; their byte offsets stay unknown (-1) rather than wrong.
        boolean byteViewHoldsSegments = !charset.name().startsWith("ISO-2022");
        List<SegmentSpan> charSpans = SegmentScanner.scan(text, 0, peek.delimiters());
        List<DecodedInterchange.Segment> segments = new ArrayList<>(charSpans.size());
        for (SegmentSpan span : charSpans) {
            long byteOffset = byteViewHoldsSegments && span.ordinal() <= byteSpans.size()
                    ? start + byteSpans.get(span.ordinal() - 1).start() : -1;
            segments.add(new DecodedInterchange.Segment(span.ordinal(), span.tag(), span.start(), byteOffset));
        }
        return new DecodedInterchange(header, peek.delimiters(), text, segments);
    }

    private static String decodeStrictly(byte[] raw, int start, Charset charset, List<SegmentSpan> byteSpans,
                                         InterchangeHeader header) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw, start, raw.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((raw.length - start) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position() - start;
            int ordinal = 1;
            for (SegmentSpan span : byteSpans) {
                if (span.start() <= offset) {
                    ordinal = span.ordinal();
                }
            }
            String tag = ordinal <= byteSpans.size() ? byteSpans.get(ordinal - 1).tag() : null;
            EdiPosition position = EdiPosition.segment(ordinal, tag).withByteOffset(in.position())
                    .withReferences(header.controlReference(), null);
            throw new EdiSyntaxException(position, String.format(
                    "byte 0x%02X at offset %d is not valid %s, which syntax identifier %s declares",
                    raw[in.position()] & 0xFF, in.position(), charset.name(), header.syntaxIdentifier()));
        }
        out.flip();
        return out.toString();
    }

    private static int firstUnb(List<SegmentSpan> spans) {
        return spans.stream().filter(span -> span.tag().equals("UNB")).findFirst().map(SegmentSpan::start).orElse(0);
    }

    /** Input without a readable UNB: named at its first segment (after any UNA), segment #1. */
    private static EdiSyntaxException notEdifact(byte[] raw) {
        int start = raw == null ? 0 : Bom.length(raw);
        String bytes = raw == null ? "" : new String(raw, start, raw.length - start, StandardCharsets.ISO_8859_1);
        int at = SegmentScanner.skipWhitespace(bytes, 0);
        boolean una = SegmentScanner.startsWith(bytes, at, "UNA") && bytes.length() >= at + Delimiters.UNA_LENGTH;
        if (una) {
            at = SegmentScanner.skipWhitespace(bytes, at + Delimiters.UNA_LENGTH);
        }
        String candidate = bytes.length() >= at + 3 ? bytes.substring(at, at + 3) : "";
        String tag = candidate.matches("[A-Z][A-Z0-9]{2}") ? candidate : null;
        String reason = "UNB".equals(tag)
                ? "UNB is not a segment ended by the terminator " + (una ? "UNA declares" : "' (there is no UNA)")
                : "not a UN/EDIFACT interchange: no UNB interchange header" + (tag == null ? " at the start" : ", it starts with " + tag);
        return new EdiSyntaxException(EdiPosition.segment(1, tag).withByteOffset(start + at), reason);
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An interchange of a small message type read without Smooks: decoded strictly in the charset its
 * UNB declares, its envelope validated (UNB/UNZ, UNH/UNT counts and references, only the type's
 * segment tags), then split into segments whose elements a reader picks by position. Meant for
 * service and acknowledgement messages (CONTRL, APERAK), whose structure is a handful of segments.
 *
 * @param segments every segment after UNA, UNB = ordinal 1
 */
public record SegmentedInterchange(InterchangeHeader header, List<Segment> segments) {

    /**
     * One segment with its elements, release characters removed.
     *
     * @param elements element i (1-based after the tag) is {@code elements.get(i)}; index 0 holds the tag
     * @param position where the segment is, with interchange and message reference
     */
    public record Segment(int ordinal, String tag, List<List<String>> elements, EdiPosition position) {

        public Segment {
            elements = elements.stream().map(List::copyOf).toList();
        }

        /** Element (1-based after the tag), component (1-based); null when absent or empty. */
        public String value(int element, int component) {
            if (element >= elements.size() || component > elements.get(element).size()) {
                return null;
            }
            String value = elements.get(element).get(component - 1);
            return value.isEmpty() ? null : value;
        }

        /** The position of one element and component, for an error in it. */
        public EdiPosition at(int element, int component) {
            return position.withElement(element, component);
        }
    }

    public SegmentedInterchange {
        segments = List.copyOf(segments);
    }

    /**
     * Reads an interchange whose messages must all be {@code messageType} (any version) using
     * only {@code segmentTags} (UNH and UNT included).
     *
     * @throws EdiSyntaxException every envelope problem found, each with its position
     */
    public static SegmentedInterchange read(byte[] raw, String messageType, Set<String> segmentTags) {
        DecodedInterchange decoded = InterchangeDecoder.decode(raw);
        new EnvelopeValidator(MessageRules.anyVersionOf(messageType, segmentTags))
                .validate(decoded)
                .throwIfProblems();
        List<SegmentSpan> spans = SegmentScanner.scan(decoded.text(), 0, decoded.delimiters());
        List<Segment> segments = new ArrayList<>(spans.size());
        String messageRef = null;
        for (SegmentSpan span : spans) {
            List<List<String>> elements = SegmentScanner.elements(decoded.text(), span, decoded.delimiters());
            if ("UNH".equals(span.tag())) {
                messageRef = elements.size() > 1 ? elements.get(1).get(0) : null;
            }
            EdiPosition position = decoded.position(span.ordinal())
                    .withReferences(decoded.header().controlReference(), messageRef);
            segments.add(new Segment(span.ordinal(), span.tag(), elements, position));
            if ("UNT".equals(span.tag())) {
                messageRef = null;
            }
        }
        return new SegmentedInterchange(decoded.header(), segments);
    }
}

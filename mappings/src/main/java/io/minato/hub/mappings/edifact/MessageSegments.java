package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiPosition;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Positions for the segments of one parsed message. The DFDL infoset keeps segments in input
 * order, so the n-th segment element (three capital letters: UNH, BGM, … UNT) below the message
 * is segment {@code UNH ordinal + n - 1} of the interchange, and a mapping error can name the
 * exact segment and byte.
 */
public final class MessageSegments {

    private final IntFunction<EdiPosition> positions;
    private final String interchangeRef;
    private final String messageRef;
    private final Map<Element, Integer> ordinals = new IdentityHashMap<>();

    MessageSegments(DecodedInterchange interchange, Element message, int unhOrdinal, String messageRef) {
        this(interchange::position, interchange.header().controlReference(), message, unhOrdinal, messageRef);
    }

    /** @param positions segment ordinal → position, with the byte offset where the reader knows it */
    MessageSegments(IntFunction<EdiPosition> positions, String interchangeRef, Element message, int unhOrdinal,
                    String messageRef) {
        this.positions = positions;
        this.interchangeRef = interchangeRef;
        this.messageRef = messageRef;
        number(message, new int[] {unhOrdinal});
    }

    public EdiPosition at(Element segment) {
        Integer ordinal = ordinals.get(segment);
        EdiPosition position = ordinal == null ? EdiPosition.segment(0, Dom.name(segment)) : positions.apply(ordinal);
        if (position.segmentTag() == null) {
            // a streamed interchange knows ordinals and offsets but keeps no segment index to look tags up in
            EdiPosition tagged = EdiPosition.segment(position.segmentOrdinal(), Dom.name(segment));
            position = position.byteOffset() >= 0 ? tagged.withByteOffset(position.byteOffset()) : tagged;
        }
        return position.withReferences(interchangeRef, messageRef);
    }

    public EdiPosition at(Element segment, int element, int component) {
        return at(segment).withElement(element, component);
    }

    private void number(Element parent, int[] next) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (isSegment(element)) {
                    ordinals.put(element, next[0]++);
                } else {
                    number(element, next);
                }
            }
        }
    }

    private static boolean isSegment(Element element) {
        String name = Dom.name(element);
        return name.length() == 3 && name.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiPosition;
import java.util.IdentityHashMap;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Positions for the segments of one parsed message. The DFDL infoset keeps segments in input
 * order, so the n-th segment element (three capital letters: UNH, BGM, … UNT) below the message
 * is segment {@code UNH ordinal + n - 1} of the interchange, and a mapping error can name the
 * exact segment and byte.
 */
public final class MessageSegments {

    private final DecodedInterchange interchange;
    private final String messageRef;
    private final Map<Element, Integer> ordinals = new IdentityHashMap<>();

    MessageSegments(DecodedInterchange interchange, Element message, int unhOrdinal, String messageRef) {
        this.interchange = interchange;
        this.messageRef = messageRef;
        number(message, new int[] {unhOrdinal});
    }

    public EdiPosition at(Element segment) {
        Integer ordinal = ordinals.get(segment);
        EdiPosition position = ordinal == null ? EdiPosition.segment(0, Dom.name(segment)) : interchange.position(ordinal);
        return position.withReferences(interchange.header().controlReference(), messageRef);
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

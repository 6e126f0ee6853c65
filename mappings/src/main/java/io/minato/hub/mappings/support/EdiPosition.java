package io.minato.hub.mappings.support;

/**
 * Where in an EDI interchange something happened. Ordinals are 1-based as EDI people count them
 * (segment 1 is the first segment of the interchange, UNA excluded); 0 means "not known" or "not
 * applicable". The same {@link #describe()} text reaches the log, the API and the archive.
 *
 * @param interchangeRef UNB interchange control reference (0020), if read
 * @param messageRef     UNH message reference (0062), if inside a message
 * @param segmentOrdinal position of the segment in the interchange
 * @param segmentTag     segment tag, e.g. {@code BGM}
 * @param element        element position within the segment
 * @param component      component position within the element
 * @param byteOffset     offset of the segment's first byte in the raw interchange, -1 if unknown
 */
public record EdiPosition(String interchangeRef, String messageRef, int segmentOrdinal, String segmentTag,
                          int element, int component, long byteOffset) {

    public static EdiPosition segment(int ordinal, String tag) {
        return new EdiPosition(null, null, ordinal, tag, 0, 0, -1);
    }

    public EdiPosition withElement(int element, int component) {
        return new EdiPosition(interchangeRef, messageRef, segmentOrdinal, segmentTag, element, component, byteOffset);
    }

    public EdiPosition withReferences(String interchangeRef, String messageRef) {
        return new EdiPosition(interchangeRef, messageRef, segmentOrdinal, segmentTag, element, component, byteOffset);
    }

    public EdiPosition withByteOffset(long byteOffset) {
        return new EdiPosition(interchangeRef, messageRef, segmentOrdinal, segmentTag, element, component, byteOffset);
    }

    /** "segment BGM #3, element 2, component 1 (byte 118)" — the one rendering of a position. */
    public String describe() {
        StringBuilder text = new StringBuilder("segment ");
        text.append(segmentTag == null ? "?" : segmentTag);
        if (segmentOrdinal > 0) {
            text.append(" #").append(segmentOrdinal);
        }
        if (element > 0) {
            text.append(", element ").append(element);
        }
        if (component > 0) {
            text.append(", component ").append(component);
        }
        if (byteOffset >= 0) {
            text.append(" (byte ").append(byteOffset).append(')');
        }
        if (messageRef != null) {
            text.append(" in message ").append(messageRef);
        }
        return text.toString();
    }
}

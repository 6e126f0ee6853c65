package io.minato.hub.connectors.naccs;

/**
 * Where in a NACCS message an item sits. NACCS layouts are byte-positioned, so the byte offset is
 * the precise part; the names are for people.
 *
 * @param item         item name, e.g. {@code exporterName} or {@code password}
 * @param abbreviation the 4-character item abbreviation (項目略称) used in result codes, or
 *                     {@code null} for common-part items, which have none
 * @param byteOffset   offset of the item's first byte counted from the start of the whole
 *                     message (the business part starts at 400), -1 if unknown
 * @param repeat       1-based repetition of a repeating item, 0 if the item does not repeat
 */
public record ItemPosition(String item, String abbreviation, long byteOffset, int repeat) {

    /** A common-part item: no abbreviation, no repetition. */
    public static ItemPosition common(String item, int byteOffset) {
        return new ItemPosition(item, null, byteOffset, 0);
    }

    /** "item exporterName (EXNM) #2 at byte 431" — the one rendering of a position. */
    public String describe() {
        StringBuilder text = new StringBuilder("item ").append(item == null ? "?" : item);
        if (abbreviation != null && !abbreviation.isBlank()) {
            text.append(" (").append(abbreviation).append(')');
        }
        if (repeat > 0) {
            text.append(" #").append(repeat);
        }
        if (byteOffset >= 0) {
            text.append(" at byte ").append(byteOffset);
        }
        return text.toString();
    }
}

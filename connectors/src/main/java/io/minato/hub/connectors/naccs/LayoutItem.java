package io.minato.hub.connectors.naccs;

/**
 * One item (項目) of a NACCS business layout, as one line of a layout file.
 *
 * @param name         the key callers use in value maps, e.g. {@code exporterName}
 * @param abbreviation 4-character item abbreviation (項目略称) that result codes name
 * @param length       byte length of the item, CRLF not included
 * @param type         alphanumeric or numeric
 * @param mandatory    whether NACCS requires a value
 * @param repeat       how many times the item is written; 1 for a plain item
 * @param japaneseName the item's name as NACCS documents it (項目名), shown to users; null in test layouts
 * @param englishName  its English name; null in test layouts
 */
public record LayoutItem(String name, String abbreviation, int length, Type type, boolean mandatory, int repeat,
                         String japaneseName, String englishName) {

    /** Item type as the layout file writes it. */
    public enum Type {
        /** {@code X}: left-justified, space-padded */
        ALPHANUMERIC,
        /** {@code 9}: digits (one decimal point allowed), right-justified, zero-padded */
        NUMERIC
    }

    public LayoutItem {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("item name must be a plain identifier: " + name);
        }
        if (abbreviation == null || abbreviation.length() != 4) {
            throw new IllegalArgumentException("item " + name + ": abbreviation must have 4 characters");
        }
        if (length <= 0 || repeat <= 0) {
            throw new IllegalArgumentException("item " + name + ": length and repeat must be positive");
        }
    }

    /** An item without display names (test layouts). */
    public LayoutItem(String name, String abbreviation, int length, Type type, boolean mandatory, int repeat) {
        this(name, abbreviation, length, type, mandatory, repeat, null, null);
    }

    public boolean repeats() {
        return repeat > 1;
    }
}

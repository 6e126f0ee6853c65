package io.minato.hub.connectors.naccs;

import java.util.regex.Pattern;

/**
 * 処理結果コード (result code) of a processing-result notice, 15 characters
 * {@code XXXXX-XXXX-XXXX}: the 5-character code from the business's table, the 4-character item
 * abbreviation (項目略称) it concerns and the 4-digit repeat position. {@code 00000-0000-0000} is
 * normal end. The first letter is the class: {@code A} system/common, {@code U} user qualification,
 * {@code S} single item, {@code R} item relation, {@code E} business condition, {@code W} warning,
 * {@code M} instruction, {@code L} logic.
 *
 * @param code             5 characters, e.g. {@code A0004}
 * @param itemAbbreviation 4 characters, {@code 0000} when no item is concerned
 * @param repeatPosition   0 when the item does not repeat
 */
public record ResultCode(String code, String itemAbbreviation, int repeatPosition) {

    public static final int LENGTH = 15;
    public static final ResultCode NORMAL_END = new ResultCode("00000", "0000", 0);
    private static final Pattern FORMAT = Pattern.compile("([0-9A-Z]{5})-([0-9A-Z ]{4})-(\\d{4})");

    public ResultCode {
        if (code == null || code.length() != 5) {
            throw new IllegalArgumentException("a result code has 5 characters: " + code);
        }
        itemAbbreviation = itemAbbreviation == null || itemAbbreviation.isBlank() ? "0000" : itemAbbreviation;
        if (itemAbbreviation.length() > 4 || repeatPosition < 0 || repeatPosition > 9999) {
            throw new IllegalArgumentException("bad item abbreviation or repeat position: "
                    + itemAbbreviation + ", " + repeatPosition);
        }
        itemAbbreviation = String.format("%-4s", itemAbbreviation);
    }

    /** A code without an item, e.g. {@code A0004-0000-0000}. */
    public static ResultCode of(String code) {
        return new ResultCode(code, "0000", 0);
    }

    public static ResultCode parse(String text) {
        var matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a result code XXXXX-XXXX-XXXX");
        }
        return new ResultCode(matcher.group(1), matcher.group(2), Integer.parseInt(matcher.group(3)));
    }

    public boolean isNormalEnd() {
        return NORMAL_END.equals(this);
    }

    /** The class letter, or {@code '0'} for normal end. */
    public char resultClass() {
        return code.charAt(0);
    }

    /** Anything but normal end and warnings ({@code W}) means NACCS did not do the business. */
    public boolean isError() {
        return !isNormalEnd() && resultClass() != 'W';
    }

    /** The item the code concerns, or {@code null} if none. */
    public String item() {
        return "0000".equals(itemAbbreviation) ? null : itemAbbreviation.strip();
    }

    /** The 15-character wire form. */
    @Override
    public String toString() {
        return code + "-" + itemAbbreviation + "-" + String.format("%04d", repeatPosition);
    }
}

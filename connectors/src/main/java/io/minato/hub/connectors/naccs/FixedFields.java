package io.minato.hub.connectors.naccs;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * Byte-level reading and writing of fixed-length NACCS items. Everything works on encoded bytes
 * because NACCS lengths are byte lengths: a value is encoded whole and rejected if it does not fit,
 * so a multibyte character is never split.
 */
final class FixedFields {

    static final byte SPACE = ' ';

    private FixedFields() {
    }

    /** Writes an alphanumeric item: left-justified, space-padded. {@code null} or empty → spaces. */
    static void putAlphanumeric(byte[] target, int at, int length, String value, Charset charset,
                                ItemPosition position) {
        byte[] bytes = encode(value == null ? "" : value, charset, position);
        checkFits(bytes, length, value, charset, position);
        Arrays.fill(target, at, at + length, SPACE);
        System.arraycopy(bytes, 0, target, at, bytes.length);
    }

    /**
     * Writes a numeric item: right-justified, zero-padded. Digits with at most one decimal point
     * (weights, measurements); {@code null} or empty → spaces, as NACCS sends empty optional items.
     */
    static void putNumeric(byte[] target, int at, int length, String value, ItemPosition position) {
        if (value == null || value.isEmpty()) {
            Arrays.fill(target, at, at + length, SPACE);
            return;
        }
        if (!value.matches("\\d+(\\.\\d+)?")) {
            throw new NaccsFormatException(position, "numeric item holds '" + value + "'");
        }
        if (value.length() > length) {
            throw new NaccsFormatException(position,
                    "value is " + value.length() + " digits but the item holds " + length);
        }
        Arrays.fill(target, at, at + length - value.length(), (byte) '0');
        for (int i = 0; i < value.length(); i++) {
            target[at + length - value.length() + i] = (byte) value.charAt(i);
        }
    }

    /** Reads an alphanumeric item, trailing spaces removed. */
    static String getAlphanumeric(byte[] source, int at, int length, Charset charset, ItemPosition position) {
        return decode(source, at, length, charset, position).stripTrailing();
    }

    /** Reads a numeric item without its padding zeros; all spaces → empty string. */
    static String getNumeric(byte[] source, int at, int length, ItemPosition position) {
        String raw = new String(source, at, length, java.nio.charset.StandardCharsets.US_ASCII).strip();
        if (raw.isEmpty()) {
            return "";
        }
        if (!raw.matches("\\d+(\\.\\d+)?")) {
            throw new NaccsFormatException(position, "numeric item holds '" + raw + "'");
        }
        int start = 0;
        while (start < raw.length() - 1 && raw.charAt(start) == '0' && raw.charAt(start + 1) != '.') {
            start++;
        }
        return raw.substring(start);
    }

    static void requireCrlf(byte[] source, int at, ItemPosition position) {
        if (at + 1 >= source.length || source[at] != '\r' || source[at + 1] != '\n') {
            throw new NaccsFormatException(position, "expected CRLF after the item at byte " + at);
        }
    }

    static void putCrlf(byte[] target, int at) {
        target[at] = '\r';
        target[at + 1] = '\n';
    }

    private static byte[] encode(String value, Charset charset, ItemPosition position) {
        try {
            ByteBuffer buffer = charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new NaccsFormatException(position,
                    "value has characters that " + charset.name() + " cannot represent", e);
        }
    }

    private static void checkFits(byte[] bytes, int length, String value, Charset charset, ItemPosition position) {
        if (bytes.length <= length) {
            return;
        }
        boolean multibyte = value.length() != bytes.length;
        throw new NaccsFormatException(position, "value is " + bytes.length + " bytes in " + charset.name()
                + " but the item holds " + length
                + (multibyte ? " (multibyte characters count by their bytes and are never split)" : ""));
    }

    private static String decode(byte[] source, int at, int length, Charset charset, ItemPosition position) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(source, at, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NaccsFormatException(position, "bytes are not valid " + charset.name()
                    + " (a multibyte character split at the item boundary?)", e);
        }
    }
}

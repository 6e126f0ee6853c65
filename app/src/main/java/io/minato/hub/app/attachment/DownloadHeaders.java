package io.minato.hub.app.attachment;

import java.nio.charset.StandardCharsets;

/** Content-Disposition for a file name that is often Japanese. */
public final class DownloadHeaders {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private DownloadHeaders() {
    }

    /**
     * {@code attachment; filename="…"; filename*=UTF-8''…}: the RFC 5987 / 6266 {@code filename*} carries
     * the real name, the plain {@code filename} an ASCII stand-in for clients that know only that one.
     */
    public static String attachment(String fileName) {
        return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    private static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }
}

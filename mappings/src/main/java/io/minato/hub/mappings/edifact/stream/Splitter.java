package io.minato.hub.mappings.edifact.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Release-aware splitting of segment text. Pieces keep their release characters until
 * {@link #unescape}, so a piece can be split again at the next level (element → repetition →
 * component) without a released separator ever being taken for a real one.
 */
final class Splitter {

    private Splitter() {
    }

    static List<String> split(String text, char separator, Syntax syntax) {
        List<String> pieces = new ArrayList<>(8);
        int start = 0;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (syntax.isRelease(c)) {
                at++;
            } else if (c == separator) {
                pieces.add(text.substring(start, at));
                start = at + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /** Drops each release character and keeps the character it releases, whatever it is (as Daffodil does). */
    static String unescape(String raw, Syntax syntax) {
        if (syntax.release() == '\0' || raw.indexOf(syntax.release()) < 0) {
            return raw;
        }
        StringBuilder value = new StringBuilder(raw.length());
        for (int at = 0; at < raw.length(); at++) {
            char c = raw.charAt(at);
            if (syntax.isRelease(c) && at + 1 < raw.length()) {
                c = raw.charAt(++at);
            }
            value.append(c);
        }
        return value.toString();
    }

    /** Index of the last non-empty piece, -1 if all are empty. */
    static int lastNonEmpty(List<String> pieces) {
        for (int i = pieces.size() - 1; i >= 0; i--) {
            if (!pieces.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}

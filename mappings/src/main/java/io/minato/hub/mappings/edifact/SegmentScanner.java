package io.minato.hub.mappings.edifact;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits EDIFACT text into segments and elements, honouring the release character. Deliberately
 * tiny: it only locates segments (for positions and the envelope peek); StAEDI validates and
 * Smooks parses. Whitespace between segments (LF, CRLF, indentation) is skipped, as partners send it.
 */
final class SegmentScanner {

    private SegmentScanner() {
    }

    /** Every segment from {@code from} on; UNA (if at {@code from}) is not counted as a segment. */
    static List<SegmentSpan> scan(CharSequence text, int from, Delimiters delimiters) {
        List<SegmentSpan> spans = new ArrayList<>();
        int at = skipWhitespace(text, from);
        if (startsWith(text, at, "UNA") && text.length() >= at + Delimiters.UNA_LENGTH) {
            at = skipWhitespace(text, at + Delimiters.UNA_LENGTH);
        }
        while (at < text.length()) {
            SegmentSpan span = next(text, at, spans.size() + 1, delimiters);
            spans.add(span);
            at = skipWhitespace(text, span.end() + 1);
        }
        return spans;
    }

    /** The segment starting at {@code start}: up to its first unreleased terminator. */
    static SegmentSpan next(CharSequence text, int start, int ordinal, Delimiters delimiters) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (delimiters.isRelease(c)) {
                at += 2;
                continue;
            }
            if (c == delimiters.segment()) {
                return new SegmentSpan(ordinal, tagOf(text, start, at, delimiters), start, at, true);
            }
            at++;
        }
        int end = text.length();
        return new SegmentSpan(ordinal, tagOf(text, start, end, delimiters), start, end, false);
    }

    /** Elements (index 0 is the tag) each split into components, release characters removed. */
    static List<List<String>> elements(CharSequence text, SegmentSpan span, Delimiters delimiters) {
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int end = Math.min(span.end(), text.length());
        for (int at = span.start(); at < end; at++) {
            char c = text.charAt(at);
            if (delimiters.isRelease(c) && at + 1 < end) {
                value.append(text.charAt(++at));
            } else if (c == delimiters.element()) {
                components.add(value.toString());
                elements.add(components);
                components = new ArrayList<>();
                value.setLength(0);
            } else if (c == delimiters.component()) {
                components.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        components.add(value.toString());
        elements.add(components);
        return elements;
    }

    static int skipWhitespace(CharSequence text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String tagOf(CharSequence text, int start, int end, Delimiters delimiters) {
        int at = start;
        while (at < end && text.charAt(at) != delimiters.element() && text.charAt(at) != delimiters.component()
                && at - start < 3) {
            at++;
        }
        return text.subSequence(start, at).toString();
    }
}

package io.minato.hub.mappings.edifact;

/**
 * Where one segment sits in a text: {@code start} is its tag's first character, {@code end} the
 * index of its terminator (or the text's end if unterminated).
 */
record SegmentSpan(int ordinal, String tag, int start, int end, boolean terminated) {
}

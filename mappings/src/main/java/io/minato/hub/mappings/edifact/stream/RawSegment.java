package io.minato.hub.mappings.edifact.stream;

/**
 * One segment as read: 1-based ordinal in the interchange (UNA excluded), tag, its text without
 * the terminator (release characters still in place, so splitting stays release-aware), and the
 * offset of its first byte in the raw input.
 */
record RawSegment(int ordinal, String tag, String text, long byteOffset) {
}

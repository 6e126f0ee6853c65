package io.minato.hub.app.wire;

import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * A raw message read from the archive slice by slice ({@code substring(raw from … for …)}), so a
 * 100 MB interchange never sits in the heap whole. JDBC offers no streaming read of bytea (the
 * driver materialises a value), and large objects would split the archive in two places; slices
 * of the one bytea column keep a single copy of every message.
 */
final class ArchivedRawStream extends InputStream {

    private final LongFunction<byte[]> slices;
    private byte[] slice = new byte[0];
    private int position;
    private long offset;
    private boolean ended;

    /** @param slices the slice starting at a 0-based offset; empty (or null) past the end */
    ArchivedRawStream(LongFunction<byte[]> slices) {
        this.slices = slices;
    }

    @Override
    public int read() {
        if (!fill()) {
            return -1;
        }
        return slice[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int from, int length) {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, slice.length - position);
        System.arraycopy(slice, position, buffer, from, count);
        position += count;
        return count;
    }

    private boolean fill() {
        if (position < slice.length) {
            return true;
        }
        if (ended) {
            return false;
        }
        byte[] next = slices.apply(offset);
        if (next == null || next.length == 0) {
            ended = true;
            return false;
        }
        slice = next;
        position = 0;
        offset += next.length;
        return true;
    }
}

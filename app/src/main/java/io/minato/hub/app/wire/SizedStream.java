package io.minato.hub.app.wire;

import java.io.InputStream;

/** Bytes to write into a bytea column straight from a stream, and how many there are. */
record SizedStream(InputStream stream, long size) {
}

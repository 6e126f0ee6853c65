package io.minato.hub.app.naccs.output;

/** One stored part of a split output. */
record PartRow(int sequence, boolean lastPart, byte[] businessPart) {
}

package io.minato.hub.mappings.edifact;

/** The UTF-8 byte order mark some Windows tools put before an interchange. */
final class Bom {

    private Bom() {
    }

    static int length(byte[] raw) {
        return raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF ? 3 : 0;
    }
}

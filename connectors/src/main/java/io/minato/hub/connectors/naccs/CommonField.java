package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;

/** One item of a common part at its fixed offset (NACCS.md, input/output common part tables). */
record CommonField(String name, int offset, int length) {

    /** Every common part is 398 bytes followed by CRLF. */
    static final int COMMON_PART_LENGTH = 400;
    static final CommonField MESSAGE_LENGTH = new CommonField("messageLength", 392, 6);
    static final CommonField CRLF = new CommonField("commonPartEnd", 398, 2);

    ItemPosition position() {
        return ItemPosition.common(name, offset);
    }

    void put(byte[] target, String value, Charset charset) {
        FixedFields.putAlphanumeric(target, offset, length, value, charset, position());
    }

    String get(byte[] source, Charset charset) {
        return FixedFields.getAlphanumeric(source, offset, length, charset, position());
    }

    static byte[] blankCommonPart(int messageLength) {
        byte[] bytes = new byte[COMMON_PART_LENGTH];
        java.util.Arrays.fill(bytes, FixedFields.SPACE);
        if (messageLength < COMMON_PART_LENGTH || messageLength > NaccsMessage.MAX_LENGTH) {
            throw new NaccsFormatException(MESSAGE_LENGTH.position(), "message length " + messageLength
                    + " is outside " + COMMON_PART_LENGTH + ".." + NaccsMessage.MAX_LENGTH);
        }
        FixedFields.putNumeric(bytes, MESSAGE_LENGTH.offset, MESSAGE_LENGTH.length,
                Integer.toString(messageLength), MESSAGE_LENGTH.position());
        FixedFields.putCrlf(bytes, CRLF.offset);
        return bytes;
    }

    /** Checks the size and the closing CRLF, and returns the declared message length. */
    static int checkCommonPart(byte[] raw) {
        if (raw.length < COMMON_PART_LENGTH) {
            throw new NaccsFormatException(ItemPosition.common("commonPart", 0),
                    "message is " + raw.length + " bytes, shorter than the " + COMMON_PART_LENGTH
                            + "-byte common part");
        }
        FixedFields.requireCrlf(raw, CRLF.offset, CRLF.position());
        String length = FixedFields.getNumeric(raw, MESSAGE_LENGTH.offset, MESSAGE_LENGTH.length,
                MESSAGE_LENGTH.position());
        if (length.isEmpty()) {
            throw new NaccsFormatException(MESSAGE_LENGTH.position(), "message length is blank");
        }
        return Integer.parseInt(length);
    }
}

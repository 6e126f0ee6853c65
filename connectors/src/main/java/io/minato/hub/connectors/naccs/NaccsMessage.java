package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One NACCS message (電文): the 400-byte common part followed by the business part (業務項目),
 * which is already encoded in the message's charset. {@link #toBytes()} writes the message length
 * (電文長), which counts everything: the common part, all items and all CRLFs.
 *
 * @param commonPart   input or output common part
 * @param businessPart business part bytes (each item followed by CRLF), possibly empty
 * @param charset      the charset of the whole message (UTF-8 by default; EUC-JP, Shift_JIS seen)
 */
public record NaccsMessage(CommonPart commonPart, byte[] businessPart, Charset charset) {

    /** NACCS accepts messages of at most 700,000 bytes. */
    public static final int MAX_LENGTH = 700_000;
    public static final int COMMON_PART_LENGTH = CommonField.COMMON_PART_LENGTH;
    public static final Charset DEFAULT_CHARSET = StandardCharsets.UTF_8;

    public NaccsMessage {
        Objects.requireNonNull(commonPart, "commonPart");
        businessPart = businessPart == null ? new byte[0] : businessPart.clone();
        charset = charset == null ? DEFAULT_CHARSET : charset;
    }

    @Override
    public byte[] businessPart() {
        return businessPart.clone();
    }

    /** Total length in bytes, as written in the length item. */
    public int length() {
        return COMMON_PART_LENGTH + businessPart.length;
    }

    public byte[] toBytes() {
        if (length() > MAX_LENGTH) {
            throw new NaccsFormatException(CommonField.MESSAGE_LENGTH.position(),
                    "message would be " + length() + " bytes, NACCS accepts at most " + MAX_LENGTH);
        }
        byte[] bytes = new byte[length()];
        System.arraycopy(commonPart.encode(length(), charset), 0, bytes, 0, COMMON_PART_LENGTH);
        System.arraycopy(businessPart, 0, bytes, COMMON_PART_LENGTH, businessPart.length);
        return bytes;
    }

    /** Parses a message received from NACCS, in UTF-8. */
    public static NaccsMessage parseOutput(byte[] raw) {
        return parseOutput(raw, DEFAULT_CHARSET);
    }

    /** Parses a message received from NACCS; the declared length must match the bytes. */
    public static NaccsMessage parseOutput(byte[] raw, Charset charset) {
        int length = declaredLength(raw);
        return new NaccsMessage(OutputCommonPart.decode(raw, charset), businessPart(raw, length), charset);
    }

    /** Parses a message sent to NACCS (what the simulator receives). */
    public static NaccsMessage parseInput(byte[] raw, Charset charset) {
        int length = declaredLength(raw);
        return new NaccsMessage(InputCommonPart.decode(raw, charset), businessPart(raw, length), charset);
    }

    /**
     * The length the common part declares, checked against the bytes. Trailing CRLFs beyond the
     * declared length are tolerated because mail transport may add a line end to a body.
     */
    public static int declaredLength(byte[] raw) {
        int declared = CommonField.checkCommonPart(raw);
        int actual = raw.length;
        while (actual > declared && actual >= 2 && raw[actual - 2] == '\r' && raw[actual - 1] == '\n') {
            actual -= 2;
        }
        if (declared != actual) {
            throw new NaccsFormatException(CommonField.MESSAGE_LENGTH.position(),
                    "message length says " + declared + " bytes but the message has " + raw.length);
        }
        return declared;
    }

    private static byte[] businessPart(byte[] raw, int length) {
        return Arrays.copyOfRange(raw, COMMON_PART_LENGTH, length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NaccsMessage that && commonPart.equals(that.commonPart)
                && Arrays.equals(businessPart, that.businessPart) && charset.equals(that.charset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(commonPart, Arrays.hashCode(businessPart), charset);
    }

    /** Never the business part: message content stays out of logs. */
    @Override
    public String toString() {
        return "NaccsMessage[" + commonPart + ", businessPart=" + businessPart.length + " bytes, charset="
                + charset.name() + "]";
    }
}

package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * 入力共通項目 (input common part): the 400 bytes in front of every message sent to NACCS, carrying
 * the business code, the NACCS user's credentials and the references NACCS echoes in its outputs.
 * Offsets exactly as the input common part table of NACCS.md. {@link #toString()} masks the password.
 *
 * @param businessCode      業務コード, e.g. {@code ECR} or {@code ECR11} (5)
 * @param userCode          利用者コード (5)
 * @param identifier        識別番号 (3); user ID = user code + identifier
 * @param password          the NACCS user's password (8)
 * @param handOverInfo      電文引継情報 (26), free reference echoed in every output
 * @param inputIdNumber     入力情報特定番号 (10), echoed
 * @param indexHandOverInfo 索引引継情報 (100), echoed
 * @param systemId          {@code 2} sea, {@code 1} air
 */
public record InputCommonPart(String businessCode, String userCode, String identifier, String password,
                              String handOverInfo, String inputIdNumber, String indexHandOverInfo,
                              String systemId) implements CommonPart {

    public static final String SEA = "2";
    public static final String AIR = "1";

    static final CommonField BUSINESS_CODE = new CommonField("businessCode", 3, 5);
    static final CommonField USER_CODE = new CommonField("userCode", 29, 5);
    static final CommonField IDENTIFIER = new CommonField("identifier", 34, 3);
    static final CommonField PASSWORD = new CommonField("password", 37, 8);
    static final CommonField HAND_OVER = new CommonField("handOverInfo", 219, 26);
    static final CommonField INPUT_ID = new CommonField("inputIdNumber", 253, 10);
    static final CommonField INDEX_HAND_OVER = new CommonField("indexHandOverInfo", 263, 100);
    static final CommonField SYSTEM_ID = new CommonField("systemId", 364, 1);

    /** User ID as NACCS knows it: user code + identifier (8 characters). */
    public String userId() {
        return (userCode == null ? "" : userCode) + (identifier == null ? "" : identifier);
    }

    /** The common part in US-ASCII-compatible bytes (UTF-8), for {@code messageLength} bytes in all. */
    public byte[] encode(int messageLength) {
        return encode(messageLength, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encode(int messageLength, Charset charset) {
        byte[] bytes = CommonField.blankCommonPart(messageLength);
        BUSINESS_CODE.put(bytes, businessCode, charset);
        USER_CODE.put(bytes, userCode, charset);
        IDENTIFIER.put(bytes, identifier, charset);
        PASSWORD.put(bytes, password, charset);
        HAND_OVER.put(bytes, handOverInfo, charset);
        INPUT_ID.put(bytes, inputIdNumber, charset);
        INDEX_HAND_OVER.put(bytes, indexHandOverInfo, charset);
        SYSTEM_ID.put(bytes, systemId, charset);
        return bytes;
    }

    /** Reads the common part at the start of a raw input message (UTF-8 for free-text items). */
    public static InputCommonPart decode(byte[] raw) {
        return decode(raw, StandardCharsets.UTF_8);
    }

    public static InputCommonPart decode(byte[] raw, Charset charset) {
        CommonField.checkCommonPart(raw);
        return new InputCommonPart(BUSINESS_CODE.get(raw, charset), USER_CODE.get(raw, charset),
                IDENTIFIER.get(raw, charset), PASSWORD.get(raw, charset), HAND_OVER.get(raw, charset),
                INPUT_ID.get(raw, charset), INDEX_HAND_OVER.get(raw, charset), SYSTEM_ID.get(raw, charset));
    }

    /**
     * A copy of a raw input message with the password item (offset 37, 8 bytes) replaced by
     * {@code *}: what the hub archives, so that credentials never rest beside message content.
     */
    public static byte[] maskPassword(byte[] rawMessage) {
        byte[] copy = rawMessage.clone();
        int end = Math.min(copy.length, PASSWORD.offset() + PASSWORD.length());
        if (end > PASSWORD.offset()) {
            Arrays.fill(copy, PASSWORD.offset(), end, (byte) '*');
        }
        return copy;
    }

    @Override
    public String toString() {
        return "InputCommonPart[businessCode=" + businessCode + ", userId=" + userId()
                + ", password=********, handOverInfo=" + handOverInfo + ", inputIdNumber=" + inputIdNumber
                + ", indexHandOverInfo=" + indexHandOverInfo + ", systemId=" + systemId + "]";
    }
}

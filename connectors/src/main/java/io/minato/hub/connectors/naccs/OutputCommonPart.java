package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * 出力共通項目 (output common part): the 400 bytes in front of every message NACCS sends back.
 * Offsets exactly as the output common part table of NACCS.md.
 *
 * @param businessCode      business code that caused the output (5)
 * @param outputInfoCode    出力情報コード (7), e.g. {@code SAD4011}; a processing-result notice is
 *                          {@code *S}/{@code *A}/{@code *C} + business code, e.g. {@code *SECR  }
 * @param receivedAt        reception date-time at NACCS, {@code null} if blank
 * @param userCode          利用者コード (5)
 * @param logicalTerminal   logical terminal name (6)
 * @param subject           件名 (64): business keys, space separated, declaration number first
 * @param handOverInfo      電文引継情報 (26), echoed from the input
 * @param splitSeq          split sequence number (3), 0 if blank
 * @param lastPart          last-part flag: {@code E} on the last part
 * @param messageKind       kind of output, {@code null} if blank
 * @param inputIdNumber     入力情報特定番号 (10), echoed
 * @param indexHandOverInfo 索引引継情報 (100), echoed
 * @param destinationType   宛先種別, {@code null} if blank
 * @param messageLength     message length as read; ignored when encoding (the caller says it)
 */
public record OutputCommonPart(String businessCode, String outputInfoCode, LocalDateTime receivedAt,
                               String userCode, String logicalTerminal, String subject, String handOverInfo,
                               int splitSeq, boolean lastPart, MessageKind messageKind, String inputIdNumber,
                               String indexHandOverInfo, DestinationType destinationType, int messageLength)
        implements CommonPart {

    /** Output message kind (offset 249). */
    public enum MessageKind {
        /** processing result (処理結果通知) */ R,
        /** form output */ P,
        /** screen output */ C,
        /** inquiry result */ M,
        /** in-house interface */ T,
        /** stored message */ U
    }

    /** Destination type (offset 363). */
    public enum DestinationType {
        /** INQ: to the inputter, now */ Q,
        /** EXZ: to the original inputter, triggered later by someone else */ Z,
        /** EXC: to a related party */ C,
        /** reports */ K
    }

    static final DateTimeFormatter RECEIVED_AT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");

    static final CommonField BUSINESS_CODE = new CommonField("businessCode", 3, 5);
    static final CommonField OUTPUT_INFO_CODE = new CommonField("outputInfoCode", 8, 7);
    static final CommonField RECEIVED = new CommonField("receivedAt", 15, 14);
    static final CommonField USER_CODE = new CommonField("userCode", 29, 5);
    static final CommonField LOGICAL_TERMINAL = new CommonField("logicalTerminal", 45, 6);
    static final CommonField SUBJECT = new CommonField("subject", 115, 64);
    static final CommonField HAND_OVER = new CommonField("handOverInfo", 219, 26);
    static final CommonField SPLIT_SEQ = new CommonField("splitSeq", 245, 3);
    static final CommonField LAST_PART = new CommonField("lastPart", 248, 1);
    static final CommonField MESSAGE_KIND = new CommonField("messageKind", 249, 1);
    static final CommonField INPUT_ID = new CommonField("inputIdNumber", 253, 10);
    static final CommonField INDEX_HAND_OVER = new CommonField("indexHandOverInfo", 263, 100);
    static final CommonField DESTINATION = new CommonField("destinationType", 363, 1);

    public byte[] encode(int messageLength) {
        return encode(messageLength, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encode(int messageLength, Charset charset) {
        byte[] bytes = CommonField.blankCommonPart(messageLength);
        BUSINESS_CODE.put(bytes, businessCode, charset);
        OUTPUT_INFO_CODE.put(bytes, outputInfoCode, charset);
        RECEIVED.put(bytes, receivedAt == null ? null : RECEIVED_AT.format(receivedAt), charset);
        USER_CODE.put(bytes, userCode, charset);
        LOGICAL_TERMINAL.put(bytes, logicalTerminal, charset);
        SUBJECT.put(bytes, subject, charset);
        HAND_OVER.put(bytes, handOverInfo, charset);
        FixedFields.putNumeric(bytes, SPLIT_SEQ.offset(), SPLIT_SEQ.length(),
                splitSeq <= 0 ? null : Integer.toString(splitSeq), SPLIT_SEQ.position());
        LAST_PART.put(bytes, lastPart ? "E" : null, charset);
        MESSAGE_KIND.put(bytes, messageKind == null ? null : messageKind.name(), charset);
        INPUT_ID.put(bytes, inputIdNumber, charset);
        INDEX_HAND_OVER.put(bytes, indexHandOverInfo, charset);
        DESTINATION.put(bytes, destinationType == null ? null : destinationType.name(), charset);
        return bytes;
    }

    public static OutputCommonPart decode(byte[] raw) {
        return decode(raw, StandardCharsets.UTF_8);
    }

    public static OutputCommonPart decode(byte[] raw, Charset charset) {
        int messageLength = CommonField.checkCommonPart(raw);
        String splitSeq = FixedFields.getNumeric(raw, SPLIT_SEQ.offset(), SPLIT_SEQ.length(), SPLIT_SEQ.position());
        return new OutputCommonPart(BUSINESS_CODE.get(raw, charset), OUTPUT_INFO_CODE.get(raw, charset),
                receivedAt(raw, charset), USER_CODE.get(raw, charset), LOGICAL_TERMINAL.get(raw, charset),
                SUBJECT.get(raw, charset), HAND_OVER.get(raw, charset),
                splitSeq.isEmpty() ? 0 : Integer.parseInt(splitSeq), "E".equals(LAST_PART.get(raw, charset)),
                enumItem(MessageKind.class, MESSAGE_KIND, raw, charset), INPUT_ID.get(raw, charset),
                INDEX_HAND_OVER.get(raw, charset), enumItem(DestinationType.class, DESTINATION, raw, charset),
                messageLength);
    }

    /** Whether this output is a processing-result notice (処理結果通知): output info code {@code *…}. */
    public boolean isProcessingResult() {
        return outputInfoCode != null && outputInfoCode.startsWith("*");
    }

    private static LocalDateTime receivedAt(byte[] raw, Charset charset) {
        String text = RECEIVED.get(raw, charset);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, RECEIVED_AT);
        } catch (DateTimeParseException e) {
            throw new NaccsFormatException(RECEIVED.position(), "'" + text + "' is not yyyyMMddHHmmss", e);
        }
    }

    private static <E extends Enum<E>> E enumItem(Class<E> type, CommonField field, byte[] raw, Charset charset) {
        String text = field.get(raw, charset);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new NaccsFormatException(field.position(), "unknown " + field.name() + " '" + text + "'", e);
        }
    }
}

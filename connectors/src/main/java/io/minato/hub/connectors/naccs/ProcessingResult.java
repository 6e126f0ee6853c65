package io.minato.hub.connectors.naccs;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Business part of a processing-result notice (処理結果通知): up to five 15-character result codes
 * written as one fixed 75-byte item, CRLF, then the business keys (e.g. the declaration number),
 * each followed by CRLF.
 *
 * @param codes        1 to 5 result codes, in order
 * @param businessKeys business keys, declaration or control number first; may be empty
 */
public record ProcessingResult(List<ResultCode> codes, List<String> businessKeys) {

    public static final int MAX_CODES = 5;

    public ProcessingResult {
        codes = List.copyOf(codes);
        businessKeys = businessKeys == null ? List.of() : List.copyOf(businessKeys);
        if (codes.isEmpty() || codes.size() > MAX_CODES) {
            throw new IllegalArgumentException("a processing result has 1 to 5 codes, not " + codes.size());
        }
    }

    public static ProcessingResult normalEnd(List<String> businessKeys) {
        return new ProcessingResult(List.of(ResultCode.NORMAL_END), businessKeys);
    }

    /** True when NACCS did the business: no code other than normal end or warnings. */
    public boolean isNormalEnd() {
        return errors().isEmpty();
    }

    public List<ResultCode> errors() {
        return codes.stream().filter(ResultCode::isError).toList();
    }

    public static ProcessingResult parse(byte[] businessPart, Charset charset) {
        String text = new String(businessPart, charset);
        String[] lines = text.split("\r?\n", -1);
        List<ResultCode> codes = new ArrayList<>();
        String codeLine = lines[0];
        for (int slot = 0; slot * ResultCode.LENGTH < codeLine.length() && slot < MAX_CODES; slot++) {
            String chunk = codeLine.substring(slot * ResultCode.LENGTH,
                    Math.min(codeLine.length(), (slot + 1) * ResultCode.LENGTH));
            if (chunk.isBlank()) {
                continue;
            }
            try {
                codes.add(ResultCode.parse(chunk));
            } catch (IllegalArgumentException e) {
                throw new NaccsFormatException(new ItemPosition("resultCode", null,
                        NaccsMessage.COMMON_PART_LENGTH + (long) slot * ResultCode.LENGTH, slot + 1), e.getMessage(), e);
            }
        }
        if (codes.isEmpty()) {
            throw new NaccsFormatException(new ItemPosition("resultCode", null, NaccsMessage.COMMON_PART_LENGTH, 1),
                    "processing-result notice without a result code");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                keys.add(lines[i].strip());
            }
        }
        return new ProcessingResult(codes, keys);
    }

    /** The business part as NACCS writes it: five code slots (blank ones as spaces), CRLF, keys. */
    public byte[] toBusinessPart(Charset charset) {
        StringBuilder text = new StringBuilder();
        for (int slot = 0; slot < MAX_CODES; slot++) {
            text.append(slot < codes.size() ? codes.get(slot).toString() : " ".repeat(ResultCode.LENGTH));
        }
        text.append("\r\n");
        businessKeys.forEach(key -> text.append(key).append("\r\n"));
        return text.toString().getBytes(charset);
    }
}

package io.minato.hub.connectors.naccs;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Split outputs (分割出力): NACCS cuts an output longer than it sends at once into parts that share
 * the output information code, the hand-over information and the input identification number, numbered
 * 1..n in the split sequence item, the last one flagged {@code E}. Each part repeats the common
 * part; the business parts, in sequence order, are the whole business part. Parts may arrive in any
 * order (one mail each) and twice; this class only says when a set is whole and joins it.
 */
public final class OutputParts {

    /** One received part: its sequence number, the last-part flag and its business part. */
    public record Part(int sequence, boolean last, byte[] businessPart) {
    }

    private OutputParts() {
    }

    /** Whether the output is one of several parts (rather than a whole output: no number, or 1 and last). */
    public static boolean isPart(OutputCommonPart common) {
        return common.splitSeq() > 1 || (common.splitSeq() == 1 && !common.lastPart());
    }

    /**
     * What identifies the set a part belongs to. Hand-over information and input identification
     * number alone are not enough: one input yields several outputs, each possibly split. The
     * reception time is left out on purpose: nothing says every part carries the same one.
     */
    public static String setKey(OutputCommonPart common) {
        return String.join("|", common.userCode(), common.businessCode().strip(), common.outputInfoCode().strip(),
                common.handOverInfo().strip(), common.inputIdNumber().strip());
    }

    /**
     * The joined business part once every part 1..n is present (n = the part flagged last), else
     * empty. Duplicates of a sequence number count once (the first is kept).
     */
    public static Optional<byte[]> join(List<Part> parts) {
        Optional<Integer> count = parts.stream().filter(Part::last).map(Part::sequence).findFirst();
        if (count.isEmpty()) {
            return Optional.empty();
        }
        List<Part> ordered = parts.stream().sorted(Comparator.comparingInt(Part::sequence)).toList();
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        int expected = 1;
        for (Part part : ordered) {
            if (part.sequence() < expected) {
                continue;
            }
            if (part.sequence() != expected) {
                return Optional.empty();
            }
            joined.writeBytes(part.businessPart());
            expected++;
        }
        return expected > count.get() ? Optional.of(joined.toByteArray()) : Optional.empty();
    }

    /**
     * Cuts a business part into parts of at most {@code maxBytes} (what the simulator does for a
     * large output). Cuts fall between items (after a CRLF) where one lies within the limit, so a
     * part never ends inside a multi-byte character of an item.
     */
    public static List<byte[]> split(byte[] businessPart, int maxBytes) {
        if (maxBytes <= 0 || businessPart.length <= maxBytes) {
            return List.of(businessPart);
        }
        java.util.ArrayList<byte[]> parts = new java.util.ArrayList<>();
        int start = 0;
        while (start < businessPart.length) {
            int end = Math.min(businessPart.length, start + maxBytes);
            if (end < businessPart.length) {
                int cut = end;
                while (cut > start + 1 && !(businessPart[cut - 2] == '\r' && businessPart[cut - 1] == '\n')) {
                    cut--;
                }
                end = cut > start + 1 ? cut : end;
            }
            parts.add(java.util.Arrays.copyOfRange(businessPart, start, end));
            start = end;
        }
        return List.copyOf(parts);
    }
}

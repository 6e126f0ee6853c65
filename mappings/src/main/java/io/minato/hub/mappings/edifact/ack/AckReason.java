package io.minato.hub.mappings.edifact.ack;

/**
 * One problem a partner reports in an acknowledgement, in words a person reads.
 *
 * @param messageRef the UNH reference of our message it concerns; null for the whole interchange
 * @param location   where in our interchange, as the partner placed it (e.g. {@code segment 3, element 2});
 *                   null when not given. Elements count as the hub's positions do: the first after the tag is 1
 * @param codeList   {@code 0085} (CONTRL syntax error) or {@code 9321} (APERAK application error); null without code
 * @param code       the code as sent
 * @param text       the code's meaning, or the partner's own text (APERAK FTX)
 */
public record AckReason(String messageRef, String location, String codeList, String code, String text) {

    /** "message 1, segment 3, element 2: 0085 code 12 invalid value" — the one rendering. */
    public String describe() {
        StringBuilder line = new StringBuilder(messageRef == null ? "interchange" : "message " + messageRef);
        if (location != null) {
            line.append(", ").append(location);
        }
        line.append(": ");
        if (code != null) {
            line.append(codeList).append(" code ").append(code).append(' ');
        }
        return line.append(text).toString();
    }
}

package io.minato.hub.mappings.edifact.ack;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One acknowledgement message (a CONTRL or an APERAK) a partner sent about an interchange of ours.
 *
 * @param sender                 UNB 0004 of the acknowledgement: the partner's interchange id
 * @param senderQualifier        UNB 0007 of the sender, or null
 * @param interchangeRef         UNB 0020 of the acknowledgement itself
 * @param messageRef             UNH 0062 of the acknowledgement message itself
 * @param answeredInterchangeRef UNB 0020 of our interchange it answers (CONTRL UCI, APERAK RFF+ACE)
 * @param answeredMessageRefs    UNH 0062 of our messages it names (CONTRL UCM, APERAK RFF+ACW); empty
 *                               when it speaks of the whole interchange
 * @param reasons                every problem it reports, in the order sent
 */
public record AcknowledgementReceived(AckKind kind, String sender, String senderQualifier, String interchangeRef,
                                      String messageRef, String answeredInterchangeRef,
                                      List<String> answeredMessageRefs, AckOutcome outcome, List<AckReason> reasons) {

    public AcknowledgementReceived {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answeredInterchangeRef, "answeredInterchangeRef");
        Objects.requireNonNull(outcome, "outcome");
        answeredMessageRefs = List.copyOf(answeredMessageRefs);
        reasons = List.copyOf(reasons);
    }

    /** "CONTRL REJECTED: message 1, segment 3: 0085 code 12 invalid value; …" for the archive and the API. */
    public String describe() {
        String head = kind + " " + outcome;
        if (reasons.isEmpty()) {
            return head;
        }
        return head + ": " + reasons.stream().map(AckReason::describe).collect(Collectors.joining("; "));
    }
}

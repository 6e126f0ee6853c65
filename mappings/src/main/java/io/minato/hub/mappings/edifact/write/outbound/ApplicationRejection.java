package io.minato.hub.mappings.edifact.write.outbound;

import java.util.Objects;

/**
 * What an APERAK says when the hub rejects a partner's message on its content (a booking it
 * cannot match, a value it cannot use), after the syntax was fine and CONTRL accepted it.
 *
 * @param rejectionNo    the hub's reference of this rejection (BGM 1004)
 * @param interchangeRef UNB 0020 of the interchange that carried the rejected message
 * @param messageRef     UNH 0062 of the rejected message
 * @param messageType    UNH 0065 of the rejected message, e.g. {@code IFTMBC}
 * @param documentNo     BGM 1004 of the rejected message, if it had one
 * @param errorCode      UN/EDIFACT 9321 application error code, e.g. {@code 13} (missing),
 *                       {@code 12} (invalid value), {@code 53} (reference not found)… as agreed with the partner
 * @param reason         why, in words the partner's desk can act on
 */
public record ApplicationRejection(String rejectionNo, String interchangeRef, String messageRef, String messageType,
                                   String documentNo, String errorCode, String reason) {

    public ApplicationRejection {
        Objects.requireNonNull(rejectionNo, "rejectionNo");
        Objects.requireNonNull(interchangeRef, "interchangeRef");
        Objects.requireNonNull(messageRef, "messageRef");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(reason, "reason");
    }
}

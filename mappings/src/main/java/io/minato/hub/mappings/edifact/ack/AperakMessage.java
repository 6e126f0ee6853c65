package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.SegmentedInterchange.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One APERAK message read segment by segment; problems go to the shared collector. */
final class AperakMessage {

    /** 1225 message function codes that decide the outcome; the rest (9 original, …) do not. */
    private static final Map<String, AckOutcome> FUNCTIONS = Map.of(
            "27", AckOutcome.REJECTED,
            "29", AckOutcome.ACCEPTED,
            "30", AckOutcome.ACCEPTED,
            "44", AckOutcome.ACCEPTED);
    /** 4343 response type codes. */
    private static final Map<String, AckOutcome> RESPONSE_TYPES = Map.of(
            "AP", AckOutcome.ACCEPTED,
            "CA", AckOutcome.PARTIALLY_ACCEPTED,
            "RE", AckOutcome.REJECTED);

    private final AckMessages problems;
    private final List<String> messageRefs = new ArrayList<>();
    private final List<AckReason> reasons = new ArrayList<>();
    private AckOutcome declared;
    private String answeredRef;
    /** The ERC whose explaining FTX may follow. */
    private String openErc;
    private final List<String> ercText = new ArrayList<>();
    private String messageRef;

    AperakMessage(AckMessages problems) {
        this.problems = problems;
    }

    void on(Segment segment) {
        switch (segment.tag()) {
            case "UNH" -> messageRef = segment.value(1, 1);
            case "BGM" -> bgm(segment);
            case "RFF" -> rff(segment);
            case "ERC" -> erc(segment);
            case "FTX" -> ftx(segment);
            case "UNT" -> closeErc();
            default -> {
                // DTM, CNT, DOC, NAD, CTA, COM: not needed to match or judge the answer
            }
        }
    }

    Optional<AcknowledgementReceived> result(InterchangeHeader header, Segment unh, Segment unt) {
        if (answeredRef == null) {
            problems.problem(unt.position(), "APERAK message " + messageRef
                    + " names no interchange it answers (RFF+ACE with our UNB control reference)");
            return Optional.empty();
        }
        AckOutcome outcome = declared != null ? declared
                : reasons.isEmpty() ? AckOutcome.ACCEPTED : AckOutcome.REJECTED;
        return Optional.of(new AcknowledgementReceived(AckKind.APERAK, header.senderId(), header.senderQualifier(),
                header.controlReference(), unh.value(1, 1), answeredRef, messageRefs, outcome, reasons));
    }

    private void bgm(Segment bgm) {
        String function = bgm.value(3, 1);
        String responseType = bgm.value(4, 1);
        // the response type is the more specific statement where a partner sends both
        if (responseType != null && RESPONSE_TYPES.containsKey(responseType)) {
            declared = RESPONSE_TYPES.get(responseType);
        } else if (function != null && FUNCTIONS.containsKey(function)) {
            declared = FUNCTIONS.get(function);
        }
    }

    private void rff(Segment rff) {
        String qualifier = rff.value(1, 1);
        String reference = rff.value(1, 2);
        if (!"ACE".equals(qualifier) && !"ACW".equals(qualifier)) {
            return;
        }
        if (reference == null) {
            problems.problem(rff.at(1, 2), "RFF+" + qualifier + " has no reference (1154)");
        } else if ("ACE".equals(qualifier)) {
            if (answeredRef != null && !answeredRef.equals(reference)) {
                problems.problem(rff.at(1, 2), "a second RFF+ACE names interchange " + reference
                        + " after " + answeredRef + "; an APERAK answers one interchange");
            }
            answeredRef = reference;
        } else {
            messageRefs.add(reference);
        }
    }

    private void erc(Segment erc) {
        closeErc();
        openErc = erc.value(1, 1);
        if (openErc == null) {
            problems.problem(erc.at(1, 1), "ERC has no application error code (9321)");
        }
    }

    /** An FTX after an ERC explains it (4440 in C108, up to five lines); one before any ERC is a remark. */
    private void ftx(Segment ftx) {
        if (openErc == null) {
            return;
        }
        for (int line = 1; line <= 5; line++) {
            String text = ftx.value(4, line);
            if (text != null) {
                ercText.add(text);
            }
        }
    }

    private void closeErc() {
        if (openErc != null) {
            String text = ercText.isEmpty() ? "application error, no text given" : String.join(" ", ercText);
            String ref = messageRefs.size() == 1 ? messageRefs.get(0) : null;
            reasons.add(new AckReason(ref, null, "9321", openErc, text));
        }
        openErc = null;
        ercText.clear();
    }
}

package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.SegmentedInterchange.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One CONTRL message read segment by segment; problems go to the shared collector. */
final class ContrlMessage {

    private static final String REJECTED = "4";
    private static final String ACKNOWLEDGED = "7";
    private static final String RECEIVED = "8";

    private final AckMessages problems;
    private final List<String> messageRefs = new ArrayList<>();
    private final List<AckReason> reasons = new ArrayList<>();
    private String answeredRef;
    private String action;
    private boolean lowerLevelRejected;
    private boolean ucmOpen;
    private String ucmRef;
    /** A UCM rejecting without code: said so only if nothing below it names the error. */
    private boolean ucmRejectedUnexplained;
    private int reasonsBeforeUcm;
    /** A UCS whose error may still come in a UCD; reported without code if none does. */
    private String openUcs;
    private boolean ucsHasError;

    ContrlMessage(AckMessages problems) {
        this.problems = problems;
    }

    void on(Segment segment) {
        switch (segment.tag()) {
            case "UCI" -> uci(segment);
            case "UCF" -> ucf(segment);
            case "UCM" -> ucm(segment);
            case "UCS" -> ucs(segment);
            case "UCD" -> ucd(segment);
            case "UNT" -> closeUcm();
            default -> {
                // UNH: its reference is in every segment's position already
            }
        }
    }

    Optional<AcknowledgementReceived> result(InterchangeHeader header, Segment unh) {
        if (answeredRef == null || action == null) {
            if (answeredRef == null && action == null) {
                problems.problem(unh.position(), "CONTRL message " + unh.value(1, 1)
                        + " has no UCI (interchange response), so it answers nothing");
            }
            return Optional.empty();
        }
        if (REJECTED.equals(action) && reasons.isEmpty()) {
            reasons.add(new AckReason(null, null, null, null, "interchange rejected, no error code given"));
        }
        AckOutcome outcome = switch (action) {
            case REJECTED -> AckOutcome.REJECTED;
            case RECEIVED -> AckOutcome.RECEIVED;
            default -> lowerLevelRejected ? AckOutcome.PARTIALLY_ACCEPTED : AckOutcome.ACCEPTED;
        };
        return Optional.of(new AcknowledgementReceived(AckKind.CONTRL, header.senderId(), header.senderQualifier(),
                header.controlReference(), unh.value(1, 1), answeredRef, messageRefs, outcome, reasons));
    }

    private void uci(Segment uci) {
        if (answeredRef != null || action != null) {
            problems.problem(uci.position(), "a CONTRL message holds one UCI; this is a second");
            return;
        }
        answeredRef = uci.value(1, 1);
        if (answeredRef == null) {
            problems.problem(uci.at(1, 1), "UCI names no interchange control reference (0020) it answers");
        }
        action = action(uci, 4);
        String code = uci.value(5, 1);
        if (code != null) {
            reasons.add(new AckReason(null, serviceSegment(uci.value(6, 1), uci.value(7, 1), uci.value(7, 2)),
                    "0085", code, SyntaxErrorCodes.text(code)));
        }
    }

    private void ucf(Segment ucf) {
        closeUcm();
        ucmOpen = false;
        String groupAction = action(ucf, 4);
        if (REJECTED.equals(groupAction)) {
            lowerLevelRejected = true;
            String code = ucf.value(5, 1);
            reasons.add(new AckReason(null, "functional group " + ucf.value(1, 1), code == null ? null : "0085", code,
                    code == null ? "functional group rejected, no error code given" : SyntaxErrorCodes.text(code)));
        }
    }

    private void ucm(Segment ucm) {
        closeUcm();
        ucmOpen = true;
        reasonsBeforeUcm = reasons.size();
        ucmRef = ucm.value(1, 1);
        if (ucmRef == null) {
            problems.problem(ucm.at(1, 1), "UCM names no message reference (0062)");
        } else {
            messageRefs.add(ucmRef);
        }
        String messageAction = action(ucm, 3);
        String code = ucm.value(4, 1);
        if (REJECTED.equals(messageAction)) {
            lowerLevelRejected = true;
        }
        if (code != null) {
            reasons.add(new AckReason(ucmRef, serviceSegment(ucm.value(5, 1), ucm.value(6, 1), ucm.value(6, 2)),
                    "0085", code, SyntaxErrorCodes.text(code)));
        } else {
            ucmRejectedUnexplained = REJECTED.equals(messageAction);
        }
    }

    private void ucs(Segment ucs) {
        closeUcs();
        if (!ucmOpen) {
            problems.problem(ucs.position(), "UCS (segment error) outside a UCM message response");
            return;
        }
        String position = ucs.value(1, 1);
        if (!AckMessages.isNumber(position)) {
            problems.problem(ucs.at(1, 1), "UCS segment position (0096) '" + position + "' is not a number");
            return;
        }
        openUcs = "segment " + position;
        String code = ucs.value(2, 1);
        ucsHasError = code != null;
        if (code != null) {
            reasons.add(new AckReason(ucmRef, openUcs, "0085", code, SyntaxErrorCodes.text(code)));
        }
    }

    private void ucd(Segment ucd) {
        if (openUcs == null) {
            problems.problem(ucd.position(), "UCD (data element error) without the UCS it belongs to");
            return;
        }
        String code = ucd.value(1, 1);
        String element = ucd.value(2, 1);
        if (code == null) {
            problems.problem(ucd.at(1, 1), "UCD has no syntax error code (0085)");
            return;
        }
        if (!AckMessages.isNumber(element) || Integer.parseInt(element) < 2) {
            problems.problem(ucd.at(2, 1), "UCD data element position (0098) '" + element
                    + "' is not a position after the segment tag (2 or more)");
            return;
        }
        // 0098 counts the segment tag as 1; the hub counts the first element after it as 1
        String location = openUcs + ", " + AckMessages.elementLocation(Integer.parseInt(element) - 1, ucd.value(2, 2));
        reasons.add(new AckReason(ucmRef, location, "0085", code, SyntaxErrorCodes.text(code)));
        ucsHasError = true;
    }

    private void closeUcm() {
        closeUcs();
        if (ucmRejectedUnexplained && reasons.size() == reasonsBeforeUcm) {
            reasons.add(new AckReason(ucmRef, null, null, null, "message rejected, no error code given"));
        }
        ucmRejectedUnexplained = false;
    }

    private void closeUcs() {
        if (openUcs != null && !ucsHasError) {
            reasons.add(new AckReason(ucmRef, openUcs, null, null, "segment in error, no error code given"));
        }
        openUcs = null;
        ucsHasError = false;
    }

    /** 0083 at {@code element}; a missing or unknown action is a problem, not a guess. */
    private String action(Segment segment, int element) {
        String value = segment.value(element, 1);
        if (!REJECTED.equals(value) && !ACKNOWLEDGED.equals(value) && !RECEIVED.equals(value)) {
            problems.problem(segment.at(element, 1), segment.tag() + " action (0083) "
                    + (value == null ? "is missing" : "'" + value + "' is not 4 (rejected), 7 (acknowledged) or 8 (received)"));
            return null;
        }
        return value;
    }

    /** Where UCI/UCM place an error: 0013 service segment tag and S011 (0098 counts the tag as 1). */
    private static String serviceSegment(String tag, String element, String component) {
        if (tag == null) {
            return null;
        }
        if (!AckMessages.isNumber(element) || Integer.parseInt(element) < 2) {
            return "segment " + tag;
        }
        return "segment " + tag + ", " + AckMessages.elementLocation(Integer.parseInt(element) - 1, component);
    }
}

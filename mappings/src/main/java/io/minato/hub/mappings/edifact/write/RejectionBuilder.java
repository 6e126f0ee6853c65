package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.write.ContrlReport.Action;
import io.minato.hub.mappings.edifact.write.ContrlReport.ErrorReport;
import io.minato.hub.mappings.edifact.write.ContrlReport.MessageReport;
import io.minato.hub.mappings.edifact.write.ContrlReport.SegmentReport;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places each problem of a rejected interchange where CONTRL reports it. A problem belongs to a
 * message by its message reference, else (the charset decoder does not know messages) by its
 * segment ordinal; UNB/UNZ problems and those no message holds go to UCI. UCI and UCM have room
 * for one error each: the first wins there, later UNH/UNT errors become UCS at position 1 or the
 * UNT's position, later interchange errors are not reported (the archived exception keeps them).
 */
final class RejectionBuilder {

    /** Segments outside any message. */
    private static final Set<String> INTERCHANGE_TAGS = Set.of("UNA", "UNB", "UNG", "UNE", "UNZ");
    /** CONTRL SG2 repeats at most 999 times per message. */
    private static final int MAX_SEGMENT_ERRORS = 999;

    private final List<ReceivedMessage> messages;

    RejectionBuilder(List<ReceivedMessage> messages) {
        this.messages = messages.stream().sorted(Comparator.comparingInt(ReceivedMessage::unhOrdinal)).toList();
    }

    ContrlReport build(InterchangeHeader received, List<Problem> problems) {
        ErrorReport interchangeError = null;
        Map<ReceivedMessage, Draft> drafts = new LinkedHashMap<>();
        for (Problem problem : problems) {
            EdiPosition position = problem.position();
            ErrorReport error = new ErrorReport(ProblemClassifier.classify(problem.reason()), position.segmentTag(),
                    position.element(), position.component(), problem.reason());
            Optional<ReceivedMessage> message = messageOf(position);
            if (message.isPresent() && drafts.computeIfAbsent(message.get(), m -> new Draft()).add(message.get(), position, error)) {
                continue;
            }
            if (interchangeError == null) {
                interchangeError = error;
            }
        }
        List<MessageReport> reports = new ArrayList<>();
        for (ReceivedMessage message : messages) {
            Draft draft = drafts.get(message);
            if (draft != null) {
                reports.add(new MessageReport(message.reference(), message.identifier(), Action.REJECTED,
                        draft.error, draft.segments));
            }
        }
        return new ContrlReport(received, Action.REJECTED, interchangeError, reports);
    }

    private Optional<ReceivedMessage> messageOf(EdiPosition position) {
        if (position.messageRef() != null) {
            return messages.stream().filter(m -> position.messageRef().equals(m.reference())).findFirst();
        }
        if (position.segmentOrdinal() < 1 || position.segmentTag() == null || INTERCHANGE_TAGS.contains(position.segmentTag())) {
            return Optional.empty();
        }
        ReceivedMessage holder = null;
        for (ReceivedMessage message : messages) {
            if (message.unhOrdinal() <= position.segmentOrdinal()) {
                holder = message;
            }
        }
        return Optional.ofNullable(holder);
    }

    /** What one message collects while problems are placed. */
    private static final class Draft {
        private ErrorReport error;
        private final List<SegmentReport> segments = new ArrayList<>();

        /** False when CONTRL has no room left for the error in this message. */
        boolean add(ReceivedMessage message, EdiPosition position, ErrorReport found) {
            boolean envelopeSegment = "UNH".equals(found.segmentTag()) || "UNT".equals(found.segmentTag());
            if (envelopeSegment && error == null) {
                error = found;
                return true;
            }
            if (position.segmentOrdinal() < message.unhOrdinal()) {
                // no position inside the message to name (0096 is mandatory): UCM only
                if (error == null) {
                    error = found;
                    return true;
                }
                return false;
            }
            if (segments.size() >= MAX_SEGMENT_ERRORS) {
                return false;
            }
            segments.add(new SegmentReport(position.segmentOrdinal() - message.unhOrdinal() + 1, found));
            return true;
        }
    }
}

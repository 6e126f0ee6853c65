package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.SegmentedInterchange;
import io.minato.hub.mappings.edifact.SegmentedInterchange.Segment;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.EdiSyntaxException.Problem;
import java.util.ArrayList;
import java.util.List;

/** What both acknowledgement readers share: messages cut out of the interchange, problems collected. */
final class AckMessages {

    private final List<Problem> problems = new ArrayList<>();

    /** Each message UNH…UNT, UNH first; the envelope validator already checked they pair up. */
    static List<List<Segment>> split(SegmentedInterchange interchange) {
        List<List<Segment>> messages = new ArrayList<>();
        List<Segment> current = null;
        for (Segment segment : interchange.segments()) {
            if ("UNH".equals(segment.tag())) {
                current = new ArrayList<>();
            }
            if (current != null) {
                current.add(segment);
            }
            if ("UNT".equals(segment.tag()) && current != null) {
                messages.add(current);
                current = null;
            }
        }
        return messages;
    }

    void problem(EdiPosition position, String reason) {
        problems.add(new Problem(position, reason));
    }

    /** Every problem of every message at once, so the partner hears all of them. */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new EdiSyntaxException(problems);
        }
    }

    /** "element 2, component 1" in the hub's counting, from what a partner wrote. */
    static String elementLocation(int element, String component) {
        return "element " + element + (component == null ? "" : ", component " + component);
    }

    static boolean isNumber(String value) {
        return value != null && !value.isEmpty() && value.chars().allMatch(Character::isDigit);
    }
}

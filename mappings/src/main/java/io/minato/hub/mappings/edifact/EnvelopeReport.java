package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.List;

/**
 * What envelope validation found: the messages (UNH reference, type, position) and every problem.
 */
record EnvelopeReport(List<MessageEnvelope> messages, List<EdiSyntaxException.Problem> problems) {

    /** One UNH…UNT: reference (0062), type as {@code 0065:0052:0054:0051}, UNH ordinal. */
    record MessageEnvelope(String reference, String type, int unhOrdinal) {
    }

    EnvelopeReport {
        messages = List.copyOf(messages);
        problems = List.copyOf(problems);
    }

    /** Throws every problem found at once; returns silently when there is none. */
    void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw new EdiSyntaxException(problems);
        }
    }
}

package io.minato.hub.mappings.support;

import java.util.List;

/**
 * An interchange that cannot be read: broken envelope, wrong counts, unknown segment, bad
 * characters, unsupported message type. Carries every problem found, each with its position.
 * Permanent: the same bytes will fail the same way.
 */
public class EdiSyntaxException extends MinatoException {

    /** One problem found in an interchange. */
    public record Problem(EdiPosition position, String reason) {
        public String describe() {
            return position.describe() + ": " + reason;
        }
    }

    private final List<Problem> problems;

    public EdiSyntaxException(List<Problem> problems) {
        this(problems, null);
    }

    public EdiSyntaxException(List<Problem> problems, Throwable cause) {
        super(render(problems), cause);
        this.problems = List.copyOf(problems);
    }

    public EdiSyntaxException(EdiPosition position, String reason) {
        this(List.of(new Problem(position, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String render(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an EDI syntax error needs at least one problem");
        }
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(problem.describe());
        }
        return text.toString();
    }
}

package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.support.MinatoException;
import java.util.List;
import java.util.stream.Collectors;

/** The permission matrix file is unusable; every problem found is listed with its line. */
public class InvalidPermissionMatrixException extends MinatoException {

    private final List<PermissionProblem> problems;

    public InvalidPermissionMatrixException(List<PermissionProblem> problems) {
        super("invalid permission matrix (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n" + problems.stream().map(PermissionProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<PermissionProblem> problems() {
        return problems;
    }
}

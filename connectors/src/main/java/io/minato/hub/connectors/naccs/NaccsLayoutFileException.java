package io.minato.hub.connectors.naccs;

/**
 * A layout file or the business registry that cannot be used: a deployment mistake, reported with the
 * file and line so that whoever replaced the file can fix it without reading code. An
 * {@link IllegalArgumentException} because callers of {@link NaccsLayout#parse} always caught that.
 */
public class NaccsLayoutFileException extends IllegalArgumentException {

    private final transient NaccsConfigurationProblem problem;

    public NaccsLayoutFileException(String file, int line, String problem, Throwable cause) {
        this(new NaccsConfigurationProblem(file, line, problem), cause);
    }

    public NaccsLayoutFileException(NaccsConfigurationProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problem = problem;
    }

    public NaccsConfigurationProblem problem() {
        return problem;
    }
}

package io.minato.hub.connectors.naccs;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The layouts or the business registry are broken: the hub must not start, because every NACCS input
 * built from them would be wrong. Carries every problem found, not only the first, so that one
 * deployment fixes them all.
 */
public class InvalidNaccsConfigurationException extends IllegalStateException {

    private final transient List<NaccsConfigurationProblem> problems;

    public InvalidNaccsConfigurationException(List<NaccsConfigurationProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public List<NaccsConfigurationProblem> problems() {
        return problems;
    }

    private static String render(List<NaccsConfigurationProblem> problems) {
        return problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " in the NACCS layouts or business registry:" + problems.stream().sorted()
                .map(problem -> "\n  " + problem.describe()).collect(Collectors.joining());
    }
}

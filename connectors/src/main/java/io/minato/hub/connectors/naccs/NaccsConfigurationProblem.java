package io.minato.hub.connectors.naccs;

import java.util.Objects;

/**
 * One thing wrong with a layout file or the business registry.
 *
 * @param file    where it was read from, e.g. {@code classpath:naccs/layouts/EDA.layout}
 * @param line    1-based line, 0 when the problem concerns the whole file (a missing header)
 * @param problem what is wrong, in words an operator can act on
 */
public record NaccsConfigurationProblem(String file, int line, String problem) implements
        Comparable<NaccsConfigurationProblem> {

    public NaccsConfigurationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    /** "EDA.layout line 12: …", or "EDA.layout: …" for the whole file — the one rendering. */
    public String describe() {
        return file + (line > 0 ? " line " + line : "") + ": " + problem;
    }

    @Override
    public int compareTo(NaccsConfigurationProblem other) {
        int byFile = file.compareTo(other.file);
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}

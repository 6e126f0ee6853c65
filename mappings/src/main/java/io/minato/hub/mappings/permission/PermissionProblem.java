package io.minato.hub.mappings.permission;

/**
 * One thing wrong with a permission matrix file.
 *
 * @param line 1-based line in the file, 0 when the problem is the file as a whole
 */
public record PermissionProblem(String file, int line, String text) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + text;
    }
}

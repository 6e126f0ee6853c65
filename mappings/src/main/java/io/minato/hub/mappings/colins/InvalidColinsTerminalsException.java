package io.minato.hub.mappings.colins;

import io.minato.hub.mappings.support.MinatoException;
import java.util.List;

/** The consent list of Colins terminals cannot be used; names the file and every problem in it. */
public class InvalidColinsTerminalsException extends MinatoException {

    private final List<String> problems;

    public InvalidColinsTerminalsException(String location, List<String> problems) {
        super("Colins terminal list " + location + ": " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

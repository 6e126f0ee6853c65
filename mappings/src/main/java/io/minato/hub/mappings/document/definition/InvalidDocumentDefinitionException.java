package io.minato.hub.mappings.document.definition;

import io.minato.hub.mappings.support.MinatoException;
import java.util.List;

/**
 * The document definitions under {@code config/documents/} are unusable; every problem found is listed,
 * each naming its file, document type and field path, so a deployer fixes them in one pass.
 */
public class InvalidDocumentDefinitionException extends MinatoException {

    private final List<String> problems;

    public InvalidDocumentDefinitionException(String location, List<String> problems) {
        super("the document definitions in " + location + " are broken / 帳票定義に誤りがあります ("
                + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package io.minato.hub.app.support;

import io.minato.hub.mappings.support.MinatoException;
import java.util.List;
import org.springframework.http.HttpStatus;

/** An answer the API gives on purpose, with its HTTP status and, for bad input, the fields at fault. */
public class ApiException extends MinatoException {

    /** One field at fault: a JSON path like {@code fields.goods[0].packages} and what is wrong. */
    public record FieldProblem(String field, String message) {
    }

    private final HttpStatus status;
    private final List<FieldProblem> fieldProblems;

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public ApiException(HttpStatus status, String message, List<FieldProblem> fieldProblems) {
        super(message);
        this.status = status;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public ApiException(HttpStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.fieldProblems = List.of();
    }

    public static ApiException notFound(String what, long id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " " + id + " does not exist");
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}

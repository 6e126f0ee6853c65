package io.minato.hub.app.portal;

import io.minato.hub.app.support.ApiException;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * Refusals a form shows next to itself, in the page's language: what the user can put right (invalid
 * fields, a name taken, a file too large, …). Anything else (401, 403, 404, 5xx) is the error page's.
 */
final class FormErrors {

    private static final Set<HttpStatus> ON_FORM = Set.of(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT,
            HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.PAYLOAD_TOO_LARGE, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            HttpStatus.SERVICE_UNAVAILABLE);

    private FormErrors() {
    }

    /** The refusal as the form shows it; rethrown for the error page when the user cannot put it right. */
    static String text(ApiException e, Locale locale) {
        if (!ON_FORM.contains(e.status())) {
            throw e;
        }
        if (e.fieldProblems().isEmpty()) {
            return Bilingual.pick(e.getMessage(), locale);
        }
        return e.fieldProblems().stream()
                .map(problem -> problem.message().contains(" / ") ? Bilingual.pick(problem.message(), locale)
                        : problem.field() + ": " + problem.message())
                .collect(Collectors.joining(" "));
    }

    /** Bean validation's findings, each after its field's label (the validator speaks the page's language). */
    static <T> String text(Set<ConstraintViolation<T>> violations, Function<String, String> label) {
        return violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .map(v -> label.apply(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .collect(Collectors.joining(" "));
    }
}

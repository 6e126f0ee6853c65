package io.minato.hub.app.support;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every API error as RFC 9457 problem detail; bad input lists the fields at fault under {@code errors}. */
@RestControllerAdvice
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ApiException.class)
    ProblemDetail onApiException(ApiException e) {
        if (e.status().is5xxServerError()) {
            log.error("answered {}: {}", e.status().value(), e.getMessage(), e);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        if (!e.fieldProblems().isEmpty()) {
            problem.setProperty("errors", e.fieldProblems());
        }
        return problem;
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<ProblemDetail> onLimitExceeded(LimitExceededException e) {
        return ResponseEntity.status(e.status())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(onApiException(e));
    }

    /** Two writes met on the same rows (e.g. a shared field reaching a document someone else just changed). */
    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail onConcurrentChange(ConcurrentChangeException e) {
        return onApiException(new ApiException(HttpStatus.CONFLICT, e.getMessage()
                + " / 他の処理が同時に変更しました。もう一度お試しください"));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail onInvalidArgument(MethodArgumentNotValidException e) {
        List<ApiException.FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new ApiException.FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return onApiException(new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields", problems));
    }

    /** A query parameter or path variable of the wrong form: named, with the values an enum takes. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail onParameterMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "another form"
                : type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                : type == OffsetDateTime.class ? "an ISO 8601 date-time such as 2026-04-01T00:00:00+09:00"
                : type.getSimpleName();
        String message = "cannot read '" + e.getValue() + "': must be " + expected;
        return onApiException(new ApiException(HttpStatus.BAD_REQUEST, "parameter " + e.getName() + " " + message
                + " / パラメータ " + e.getName() + " の値が不正です",
                List.of(new ApiException.FieldProblem(e.getName(), message))));
    }

    /**
     * A failure of the hub itself (the database, a broken invariant): 500 as problem detail, logged once
     * here with a reference the answer repeats, so a user's report leads to the log line without the
     * answer revealing internals.
     */
    @ExceptionHandler({DataAccessException.class, IllegalStateException.class})
    ProblemDetail onInternalFailure(RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        log.error("internal failure {}: {}", reference, e.getMessage(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the hub failed to answer; reference " + reference
                        + " / 内部エラーが発生しました。問い合わせの際は参照番号 " + reference + " をお知らせください");
        problem.setProperty("reference", reference);
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail onUnreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch) {
            String field = JsonPaths.of(mismatch.getPath());
            String message = mismatch instanceof InvalidFormatException invalid
                    ? "cannot read '" + invalid.getValue() + "' as " + invalid.getTargetType().getSimpleName()
                    : "has the wrong type";
            return onApiException(new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new ApiException.FieldProblem(field, message))));
        }
        log.debug("unreadable request body", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the request body is not readable JSON");
    }
}

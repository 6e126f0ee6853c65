package io.minato.hub.app.collaboration;

import io.minato.hub.app.support.ApiException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;

/** Keyset paging by id ({@code before}, {@code limit}), checked here so a bad value is a problem+json 400. */
final class Paging {

    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    static void check(Long before, int limit) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        if (before != null && before < 1) {
            problems.add(new ApiException.FieldProblem("before", "must be a message id (1 or more)"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new ApiException.FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid query parameters", problems);
        }
    }
}

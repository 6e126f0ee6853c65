package io.minato.hub.app.permission;

import io.minato.hub.mappings.permission.DocumentAccessDeniedException;
import io.minato.hub.mappings.permission.StrengtheningRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the policy's refusals reach an API caller, so that every endpoint wired to {@code AccessPolicy}
 * answers alike: 403 naming what was needed and held, 422 for a grant that would strengthen the defaults.
 * Both languages travel as separate properties for the portal to pick from.
 */
@RestControllerAdvice
class PermissionErrors {

    @ExceptionHandler(DocumentAccessDeniedException.class)
    ProblemDetail onDenied(DocumentAccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.englishMessage());
        problem.setProperty("detailJa", e.japaneseMessage());
        problem.setProperty("company", e.company());
        problem.setProperty("dealId", e.dealId());
        problem.setProperty("documentType", e.documentType().name());
        problem.setProperty("operation", e.operation().name());
        problem.setProperty("needed", e.needed().name());
        problem.setProperty("held", e.held().name());
        return problem;
    }

    @ExceptionHandler(StrengtheningRefusedException.class)
    ProblemDetail onStrengthening(StrengtheningRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setProperty("documentType", e.documentType().name());
        problem.setProperty("granted", e.granted().name());
        problem.setProperty("requested", e.requested().name());
        return problem;
    }
}

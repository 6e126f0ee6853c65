package io.minato.hub.app.attachment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Refused uploads as problem detail. Ordered before the API's general {@code ApiException} handler, which
 * would drop the properties, but after the portal's advice, which shows its own pages; the servlet's own
 * size limit is answered here too, because it strikes before any controller runs and would otherwise end
 * as the container's error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AttachmentErrors {

    private final AttachmentSettings settings;

    AttachmentErrors(AttachmentSettings settings) {
        this.settings = settings;
    }

    @ExceptionHandler(AttachmentRefusedException.class)
    ProblemDetail onRefused(AttachmentRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail onTooLarge(MaxUploadSizeExceededException e) {
        return onRefused(AttachmentLimits.tooLarge(settings, null));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail onMissingPart(MissingServletRequestPartException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "send the file as the multipart part '"
                + e.getRequestPartName() + "' / ファイルをマルチパートの '" + e.getRequestPartName() + "' として送ってください");
    }
}

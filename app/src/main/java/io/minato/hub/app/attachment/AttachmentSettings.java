package io.minato.hub.app.attachment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on attachments (DOMAIN: at most 10 files per document, 10 MB per file).
 *
 * @param maxFileSize       the largest file the hub attaches
 * @param maxPerDocument    how many files one document may carry
 * @param multipartHeadroom how far above {@code maxFileSize} the servlet container's own multipart limit
 *                          lies, so that a file slightly too large reaches the hub's check, which names
 *                          the limit, instead of being cut off while it is read
 */
@Validated
@ConfigurationProperties("minato.attachments")
record AttachmentSettings(@NotNull DataSize maxFileSize, @Positive int maxPerDocument,
                          @NotNull DataSize multipartHeadroom) {
}

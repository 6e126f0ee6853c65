package io.minato.hub.app.attachment;

import java.time.OffsetDateTime;

/**
 * An attachment without its bytes.
 *
 * @param uploadedByCompany the uploader's company code; null when the hub's operator uploaded
 * @param uploadedBy        the login or API key it acted under
 */
public record AttachmentRow(long id, long documentId, long dealId, String fileName, String contentType, long sizeBytes,
                     String sha256, String uploadedByCompany, String uploadedBy, OffsetDateTime uploadedAt) {
}

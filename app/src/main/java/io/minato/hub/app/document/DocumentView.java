package io.minato.hub.app.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.minato.hub.mappings.document.DocumentType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A document as the API shows it: typed fields as JSON, with the etag a later update must send back.
 *
 * @param restrictedTo 限定公開: the companies that may see it besides its creator; absent when not restricted
 */
public record DocumentView(long id, long dealId, String type, String typeName, String typeNameJa, int version,
                           String etag, String status, @JsonRawValue String fields, Long sourceMessageId,
                           OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime sentAt,
                           String sentBy, @JsonInclude(JsonInclude.Include.NON_NULL) List<String> restrictedTo) {

    public static DocumentView of(DocumentRow row) {
        DocumentType type = DocumentType.valueOf(row.type());
        return new DocumentView(row.id(), row.dealId(), row.type(), type.englishName(), type.japaneseName(),
                row.version(), row.etag(), row.status(), row.fields(), row.sourceMessageId(), row.createdAt(),
                row.updatedAt(), row.sentAt(), row.sentBy(), row.restricted() ? row.restrictedCompanies() : null);
    }
}

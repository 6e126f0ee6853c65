package io.minato.hub.app.document;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * A document as stored: typed fields kept as JSON.
 *
 * @param createdByPartyId the company that created it through the API or portal; null for the hub's
 *                         operator and for documents that came in by EDIFACT
 * @param sentAt           when it was first sent to the deal's participants (送信), if it was
 * @param sentBy           who sent it then (login or {@code key:<id>})
 * @param restrictedTo     限定公開: comma-separated company codes that may see it besides its creator;
 *                         null when every participant the matrix lets read the type may
 */
public record DocumentRow(long id, long dealId, String type, int version, String etag, String status,
                          String fields, Long sourceMessageId, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt, Long createdByPartyId, OffsetDateTime sentAt, String sentBy,
                          String restrictedTo) {

    /** The companies named by {@code restrictedTo}; empty when the document is not restricted. */
    public List<String> restrictedCompanies() {
        return restrictedTo == null || restrictedTo.isEmpty() ? List.of() : Arrays.asList(restrictedTo.split(","));
    }

    public boolean restricted() {
        return restrictedTo != null;
    }
}

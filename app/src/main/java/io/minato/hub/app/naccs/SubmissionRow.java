package io.minato.hub.app.naccs;

import java.time.OffsetDateTime;

/**
 * A NACCS submission as stored: result codes, items, item sources and the prefill report kept as
 * JSON text. {@code naccsUserRef} is the NACCS user chosen at sending; {@code version} the etag of a draft.
 */
record SubmissionRow(long id, long dealId, Long sourceDocumentId, String businessCode, String naccsUserId,
                     String handOverInfo, String inputIdNumber, String status, String resultCodes,
                     String exportControlNumber, String reason, Long outboundMessageId,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt, Long naccsUserRef, String items,
                     String itemSources, String prefill, int version, Long createdBy, Long sentBy,
                     int sendAttempts, OffsetDateTime sendingStartedAt) {
}

package io.minato.hub.app.naccs;

import java.time.OffsetDateTime;

/** A NACCS submission as stored; result codes kept as a JSON array. */
record SubmissionRow(long id, long dealId, long sourceDocumentId, String businessCode, String naccsUserId,
                     String handOverInfo, String inputIdNumber, String status, String resultCodes,
                     String exportControlNumber, String reason, Long outboundMessageId,
                     OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}

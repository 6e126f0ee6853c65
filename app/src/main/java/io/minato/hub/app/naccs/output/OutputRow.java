package io.minato.hub.app.naccs.output;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * A NACCS output as stored; items, result texts and older fields as JSON text; its mail's correlation
 * keys (who may read it) as JSON text.
 */
record OutputRow(long id, long wireMessageId, String businessCode, String outputInfoCode, LocalDateTime receivedAt,
                 String userCode, String subject, String handOverInfo, String inputIdNumber, int splitSeq,
                 boolean lastPart, String messageKind, String destinationType, String setKey, String status,
                 String reason, Long submissionId, Long dealId, String items, String resultTexts, String olderFields,
                 OffsetDateTime createdAt, OffsetDateTime updatedAt, String wireCorrelation) {
}

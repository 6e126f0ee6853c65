package io.minato.hub.mappings.submission;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One NACCS business transaction (業務) the hub ran for a deal, with what came back.
 *
 * @param handOverInfo        電文引継情報: our reference, echoed in every output
 * @param inputIdNumber       入力情報特定番号: unique per input, echoed
 * @param sourceDocumentId    the document the input was prefilled from (the S/I for ECR); null if none
 * @param naccsUserId         user code + identifier that sent it (never the password); null for a draft
 * @param resultCodes         result codes of the processing-result notice
 * @param exportControlNumber 輸出管理番号 assigned by an ECR output
 */
public record NaccsSubmission(long id, long dealId, Long sourceDocumentId, String businessCode,
                              String naccsUserId, String handOverInfo, String inputIdNumber,
                              SubmissionStatus status, List<String> resultCodes, String exportControlNumber,
                              String reason, Long outboundMessageId,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public NaccsSubmission {
        resultCodes = resultCodes == null ? List.of() : List.copyOf(resultCodes);
    }
}

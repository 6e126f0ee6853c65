package io.minato.hub.app.naccs;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NaccsSubmissionMapper {

    /** The next 入力情報特定番号 (input information identification number), 10 digits. */
    String nextInputIdNumber();

    /** A new DRAFT with its prefilled items. */
    long insertDraft(@Param("dealId") long dealId, @Param("sourceDocumentId") Long sourceDocumentId,
                     @Param("businessCode") String businessCode, @Param("handOverInfo") String handOverInfo,
                     @Param("inputIdNumber") String inputIdNumber, @Param("items") String itemsJson,
                     @Param("itemSources") String itemSourcesJson, @Param("prefill") String prefillJson,
                     @Param("createdBy") Long createdBy);

    Optional<SubmissionRow> find(long id);

    /** The row locked until the transaction ends: sending and editing a draft serialize on it. */
    Optional<SubmissionRow> findForUpdate(long id);

    List<SubmissionRow> findByDeal(long dealId);

    Optional<SubmissionRow> findByEcho(@Param("handOverInfo") String handOverInfo,
                                       @Param("inputIdNumber") String inputIdNumber);

    /** Replaces a draft's items if it is still a DRAFT at {@code version}; 1 if it was. */
    int updateDraft(@Param("id") long id, @Param("version") int version, @Param("items") String itemsJson,
                    @Param("itemSources") String itemSourcesJson);

    /** DRAFT → QUEUED with the NACCS user that sends it; 1 if it was a DRAFT. */
    int queue(@Param("id") long id, @Param("naccsUserRef") long naccsUserRef, @Param("naccsUserId") String naccsUserId,
              @Param("sentBy") long sentBy);

    /** QUEUED → SENDING, once; 1 for the one caller that claimed it. */
    int claimForSending(long id);

    /** SENDING → SENT with the archived input; the status of an input already answered stays. */
    void markSent(@Param("id") long id, @Param("outboundMessageId") long outboundMessageId);

    /** FAILED with the reason, unless a result was recorded already. */
    void markFailed(@Param("id") long id, @Param("reason") String reason);

    void recordSendFailure(@Param("id") long id, @Param("attempts") int attempts, @Param("reason") String reason);

    void recordResult(@Param("id") long id, @Param("status") String status,
                      @Param("resultCodes") String resultCodesJson, @Param("reason") String reason);

    void recordExportControlNumber(@Param("id") long id, @Param("number") String exportControlNumber);
}

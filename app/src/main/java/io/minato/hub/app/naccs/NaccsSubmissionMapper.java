package io.minato.hub.app.naccs;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NaccsSubmissionMapper {

    /** The next 入力情報特定番号 (input information identification number), 10 digits. */
    String nextInputIdNumber();

    long insert(@Param("dealId") long dealId, @Param("sourceDocumentId") long sourceDocumentId,
                @Param("businessCode") String businessCode, @Param("naccsUserId") String naccsUserId,
                @Param("handOverInfo") String handOverInfo, @Param("inputIdNumber") String inputIdNumber,
                @Param("status") String status);

    Optional<SubmissionRow> find(long id);

    List<SubmissionRow> findByDeal(long dealId);

    Optional<SubmissionRow> findByEcho(@Param("handOverInfo") String handOverInfo,
                                       @Param("inputIdNumber") String inputIdNumber);

    void updateStatus(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
                      @Param("outboundMessageId") Long outboundMessageId);

    void recordResult(@Param("id") long id, @Param("status") String status,
                      @Param("resultCodes") String resultCodesJson);

    void recordExportControlNumber(@Param("id") long id, @Param("number") String exportControlNumber);
}

package io.minato.hub.app.naccs;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * NACCS wire messages (電文) per deal and per NACCS user: what went out and came back, never the
 * content (that is {@code GET /api/v1/messages/{id}/raw}, for the NACCS user's linked platform users only).
 */
@Mapper
interface NaccsMessages {

    /** One NACCS wire message without its content. */
    record MessageSummary(long id, String direction, String status, String reason, String businessCode,
                          String outputInfoCode, Long submissionId, String naccsUser, String naccsUserCode,
                          String handOverInfo, String inputIdNumber, long size, OffsetDateTime receivedAt,
                          OffsetDateTime processedAt) {
    }

    /** Messages whose owner is the NACCS user: by user ID, or by user code where no user ID is known. */
    List<MessageSummary> ofNaccsUser(@Param("userId") String userId, @Param("userCode") String userCode);

    /** Messages of the deal's submissions, and any linked to the deal. */
    List<MessageSummary> ofDeal(@Param("dealId") long dealId);
}

package io.minato.hub.app.portal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the portal's pages read beyond the API's stores: display rows, never message content. */
@Mapper
interface PortalMapper {

    /** The deal with this number (取引番号), if the company is on it; any deal for the operator (null). */
    Optional<Long> dealIdByNumber(@Param("number") String number, @Param("companyId") Long companyId);

    /** The deal's wire messages, newest first: metadata only, the raw bytes are never read. */
    List<WireRow> wireMessages(@Param("dealId") long dealId, @Param("limit") int limit);

    Optional<String> companyName(long partyId);

    record WireRow(long id, String channel, String direction, String partner, String status, String reason,
                   Long documentId, int attempts, OffsetDateTime receivedAt) {
    }
}

package io.minato.hub.app.usage;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface UsageMapper {

    /**
     * One operation of a company that is no event of the deal (a fetch, a message, a task), with the
     * business types it holds on the deal and whether the deal is a terminal inquiry, as events' usage is.
     *
     * @param channel the event channel the operation came by (EventChannel); SYSTEM writes nothing
     */
    void insert(@Param("partyId") long partyId, @Param("dealId") long dealId, @Param("documentId") Long documentId,
                @Param("documentType") String documentType, @Param("operation") String operation,
                @Param("channel") String channel);

    /** A company's usage events in [from, until), oldest first. */
    List<UsageRow> findByParty(@Param("partyId") long partyId, @Param("from") OffsetDateTime from,
                               @Param("until") OffsetDateTime until);

    /**
     * For months whose deals are not shown, only the allowance they used: the earliest event of each kind
     * (operation, channel, acting as, terminal inquiry) per deal and month in {@code zone}, in [from, until);
     * no deal numbers.
     */
    List<UsageRow> findKindsByParty(@Param("partyId") long partyId, @Param("from") OffsetDateTime from,
                                    @Param("until") OffsetDateTime until, @Param("zone") String zone);

    /** A stored usage event. */
    record UsageRow(long id, long dealId, String dealNo, Long documentId, String documentType, String operation,
                    String channel, List<String> actingAs, boolean terminalInquiry, OffsetDateTime occurredAt) {
    }

    /** When a company held production API credentials (API keys and OAuth clients). */
    List<CredentialRow> productionCredentials(@Param("partyId") long partyId);

    record CredentialRow(String kind, String id, OffsetDateTime issuedAt, OffsetDateTime revokedAt) {
    }
}

package io.minato.hub.app.permission;

import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DealGrantMapper {

    /** The companies currently on the deal (removed ones are not). */
    List<GrantRow> activeGrants(long dealId);

    boolean isParticipant(@Param("dealId") long dealId, @Param("partyId") long partyId);

    /**
     * Adds the company to the deal, or unions the business types into its grant (a later message may name
     * it in a further role); a company its inviter removed is not brought back by this.
     *
     * @return true when the company was not on the deal before
     */
    Boolean upsert(@Param("dealId") long dealId, @Param("partyId") long partyId,
                   @Param("businessTypes") List<BusinessType> businessTypes, @Param("sourceMessageId") Long sourceMessageId,
                   @Param("invitedByPartyId") Long invitedByPartyId, @Param("invitedByUser") Long invitedByUser);

    /**
     * Grants for several companies on any number of deals in one statement, as {@link #upsert} each (the
     * inbound EDIFACT path). The arrays are parallel, one element per (deal, party), with no pair repeated;
     * a party's business types are comma-separated (PostgreSQL arrays of arrays must be rectangular).
     */
    void upsertAll(@Param("dealIds") Long[] dealIds, @Param("partyIds") Long[] partyIds,
                   @Param("businessTypes") String[] businessTypes, @Param("sourceMessageId") Long sourceMessageId);

    /** The business types each of these parties registered. */
    List<PartyTypes> registeredTypes(@Param("partyIds") List<Long> partyIds);

    /** Every company that is or was on the deal, with who invited it and the EDIFACT roles it was named in. */
    List<GrantDetail> details(long dealId);

    /** Adds an invited company (again, if it was removed); false when the company is on the deal. */
    boolean insertInvited(@Param("dealId") long dealId, @Param("partyId") long partyId,
                          @Param("businessTypes") List<BusinessType> businessTypes, @Param("limits") String limitsJson,
                          @Param("hidden") boolean hidden, @Param("invitedByPartyId") Long invitedByPartyId,
                          @Param("invitedByUser") Long invitedByUser);

    int updateGrant(@Param("dealId") long dealId, @Param("partyId") long partyId, @Param("limits") String limitsJson,
                    @Param("hidden") boolean hidden);

    int remove(@Param("dealId") long dealId, @Param("partyId") long partyId, @Param("byUser") Long byUser);

    /** Soft-deletes what the company created on the deal; answers the documents deleted (id, type). */
    List<DeletedDocument> deleteDocumentsCreatedBy(@Param("dealId") long dealId, @Param("partyId") long partyId);

    record DeletedDocument(long id, String type) {
    }

    /**
     * A company's standing on a deal as the participants list shows it.
     *
     * @param roles the party functions (3035) messages named it in
     */
    record GrantDetail(long partyId, String partyCode, String partyName, List<BusinessType> businessTypes,
                       String limits, boolean hidden, String invitedBy, String invitedByUser,
                       java.time.OffsetDateTime addedAt, java.time.OffsetDateTime removedAt, List<String> roles) {
    }

    record PartyTypes(long partyId, List<BusinessType> businessTypes) {
    }

    /**
     * @param limits JSON object document type → READ or NONE
     */
    record GrantRow(long partyId, String partyCode, List<BusinessType> businessTypes, String limits,
                    boolean hidden, Long invitedByPartyId) {
    }
}

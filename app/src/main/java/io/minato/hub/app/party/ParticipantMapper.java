package io.minato.hub.app.party;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ParticipantMapper {

    /**
     * Adds participants of any number of deals in one statement; the arrays are parallel, one element per
     * (deal, party, role), with no pair repeated.
     *
     * @return the ones that were new
     */
    List<Added> insertAllIfAbsent(@Param("dealIds") Long[] dealIds, @Param("partyIds") Long[] partyIds,
                                  @Param("roles") String[] roles, @Param("sourceMessageId") Long sourceMessageId);

    /** A participant {@link #insertAllIfAbsent} added. */
    record Added(long dealId, long partyId, String role) {
    }
}

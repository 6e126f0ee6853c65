package io.minato.hub.app.party;

import io.minato.hub.mappings.party.ResolvedParticipant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ParticipantMapper {

    List<Added> insertAllIfAbsent(@Param("dealId") long dealId, @Param("participants") List<ResolvedParticipant> participants,
                                  @Param("sourceMessageId") Long sourceMessageId);

    /** A participant {@link #insertAllIfAbsent} added. */
    record Added(long partyId, String role) {
    }
}

package io.minato.hub.app.party;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ParticipantMapper {

    /** Inserts unless the party already holds the role on the deal; answers rows inserted. */
    int insertIfAbsent(@Param("dealId") long dealId, @Param("partyId") long partyId, @Param("role") String role,
                       @Param("sourceMessageId") Long sourceMessageId);

    List<Participant> findByDeal(long dealId);
}

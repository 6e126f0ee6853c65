package io.minato.hub.app.collaboration;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DealMessageMapper {

    /** @param visibleTo party ids the message is restricted to, or null for every participant */
    long insert(@Param("dealId") long dealId, @Param("partyId") Long partyId, @Param("userId") Long userId,
                @Param("author") String author, @Param("text") String text, @Param("visibleTo") Long[] visibleTo);

    Optional<DealMessageRow> find(long id);

    /**
     * The deal's newest messages before {@code before} (all when null) that the company may see, newest
     * first; {@code companyId} null means every message (the hub's operator).
     */
    List<DealMessageRow> page(@Param("dealId") long dealId, @Param("companyId") Long companyId,
                              @Param("before") Long before, @Param("limit") int limit);
}

package io.minato.hub.app.inbound;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Which deals carry which containers: how a terminal message naming only a container finds its deal. */
@Mapper
public interface DealContainerMapper {

    void add(@Param("containerNo") String containerNo, @Param("dealId") long dealId,
             @Param("wireMessageId") Long wireMessageId);

    /** {@link #add} for each index of the arrays (same length); a pair given twice is added once. */
    void addAll(@Param("containerNos") String[] containerNos, @Param("dealIds") Long[] dealIds,
                @Param("wireMessageId") Long wireMessageId);

    /** The deal that took the container most recently; null when none carries it. */
    Long findLatestDeal(@Param("containerNo") String containerNo);
}

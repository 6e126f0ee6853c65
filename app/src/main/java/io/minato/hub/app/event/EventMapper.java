package io.minato.hub.app.event;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EventMapper {

    void insert(@Param("type") String type, @Param("dealId") Long dealId, @Param("documentId") Long documentId,
                @Param("wireMessageId") Long wireMessageId, @Param("detail") String detailJson);

    /** One event per index of the arrays (same length), all from one wire message, ids in array order. */
    void insertAll(@Param("types") String[] types, @Param("dealIds") Long[] dealIds,
                   @Param("documentIds") Long[] documentIds, @Param("wireMessageId") Long wireMessageId,
                   @Param("details") String[] detailJson);

    List<Event> findByDeal(long dealId);
}

package io.minato.hub.app.event;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EventMapper {

    /**
     * One event. A null channel is taken from the wire message (EDIFACT or NACCS, its partner as the
     * actor) or else is SYSTEM: callers from before actors existed keep working unchanged. The usage the
     * event stands for is written by the same statement.
     */
    void insert(@Param("type") String type, @Param("dealId") Long dealId, @Param("documentId") Long documentId,
                @Param("wireMessageId") Long wireMessageId, @Param("detail") String detailJson,
                @Param("actor") Actor actor, @Param("usage") EventUsage usage);

    /** One event per index of the arrays (same length), all from one wire message, ids in array order. */
    void insertAll(@Param("types") String[] types, @Param("dealIds") Long[] dealIds,
                   @Param("documentIds") Long[] documentIds, @Param("wireMessageId") Long wireMessageId,
                   @Param("details") String[] detailJson, @Param("actor") Actor actor,
                   @Param("usage") EventUsage usage);

    /** {@link #insertAll} with the channel taken from the wire message. */
    default void insertAll(String[] types, Long[] dealIds, Long[] documentIds, Long wireMessageId, String[] detailJson) {
        insertAll(types, dealIds, documentIds, wireMessageId, detailJson, null, EventUsage.ALL);
    }

    List<Event> findByDeal(long dealId);

    /**
     * The deal's events after the event id {@code since} (0 = from the start), oldest first, without
     * those about the documents in {@code hiddenDocumentIds}.
     */
    List<Event> findPage(@Param("dealId") long dealId, @Param("since") long since, @Param("limit") int limit,
                         @Param("hiddenDocumentIds") Long[] hiddenDocumentIds);
}

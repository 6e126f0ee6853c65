package io.minato.hub.app.root;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RootMapper {

    List<RootRow> findByDeal(long dealId);

    /** Whether the deal's Colins auto-update is on now (never switched = off). */
    boolean colinsAutoUpdate(long dealId);

    /**
     * Records one write's offers in one statement: every offer as a change, the SET ones as the root's
     * values. Arrays are parallel, one element per field.
     */
    void record(@Param("dealId") long dealId, @Param("source") String source, @Param("documentId") Long documentId,
                @Param("wireMessageId") Long wireMessageId, @Param("actor") String actor, @Param("partyId") Long partyId,
                @Param("fields") String[] fields, @Param("values") String[] values, @Param("outcomes") String[] outcomes,
                @Param("positions") String[] positions, @Param("otherValues") String[] otherValues,
                @Param("otherSources") String[] otherSources, @Param("rules") String[] rules);

    /** Every value offered for the deal's root fields, oldest first. */
    List<RootChangeRow> changes(long dealId);
}

package io.minato.hub.app.root;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RootMapper {

    /**
     * Takes the deal's root lock until the transaction ends: root writes of one deal follow one another,
     * so each decides on the values the one before it left (precedence holds under concurrency). Taken
     * before the writer locks any document row, so two root writers never wait on each other crosswise.
     */
    String lockDeal(long dealId);

    List<RootRow> findByDeal(long dealId);

    /**
     * Merges root values into one document as a server-side patch of its top-level fields (a new version
     * and etag): no read-modify-write, so a concurrent write to another of its fields is kept. Sent and
     * restricted documents are left alone.
     *
     * The document's source message stays the one that carried it: a value reaching it is not its source.
     *
     * @param patch a JSON object of the fields to set
     * @return rows changed (0 when the document was sent, restricted or deleted meanwhile)
     */
    int patchDocument(@Param("id") long id, @Param("newEtag") String newEtag, @Param("patch") String patch);

    /** Whether the deal's Colins auto-update is on now (never switched = off). */
    boolean colinsAutoUpdate(long dealId);

    /**
     * Records writes' offers in one statement: every offer as a change, the SET ones as the root's values.
     * Arrays are parallel, one element per offered field; a (deal, field) SET at most once.
     */
    void record(@Param("dealIds") Long[] dealIds, @Param("sources") String[] sources,
                @Param("documentIds") Long[] documentIds, @Param("wireMessageIds") Long[] wireMessageIds,
                @Param("actors") String[] actors, @Param("partyIds") Long[] partyIds,
                @Param("fields") String[] fields, @Param("values") String[] values, @Param("outcomes") String[] outcomes,
                @Param("positions") String[] positions, @Param("otherValues") String[] otherValues,
                @Param("otherSources") String[] otherSources, @Param("rules") String[] rules);

    /** Every value offered for the deal's root fields, oldest first. */
    List<RootChangeRow> changes(long dealId);
}

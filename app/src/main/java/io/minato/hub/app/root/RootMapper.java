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
     * Records writes in one statement: each write as one row with its offers, the SET ones as the root's
     * values (a later write's value for a field wins over an earlier one's). Arrays are parallel, one
     * element per write.
     *
     * @param offers per write, a JSON array of its offers in order:
     *               {@code {field, outcome (SET|KEPT), value, position?, other_value?, other_source?, rule?}}
     */
    void record(@Param("dealIds") Long[] dealIds, @Param("sources") String[] sources,
                @Param("documentIds") Long[] documentIds, @Param("wireMessageIds") Long[] wireMessageIds,
                @Param("actors") String[] actors, @Param("partyIds") Long[] partyIds, @Param("offers") String[] offers);

    /** Every value offered for the deal's root fields, oldest write first, a write's in offer order. */
    List<RootChangeRow> changes(long dealId);
}

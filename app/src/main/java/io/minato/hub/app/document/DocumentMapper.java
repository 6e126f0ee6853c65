package io.minato.hub.app.document;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DocumentMapper {

    /** @param subject what tells documents of one type in one deal apart (container + movement), usually null */
    long insert(@Param("dealId") long dealId, @Param("type") String type, @Param("subject") String subject,
                @Param("etag") String etag,
                @Param("status") String status, @Param("fields") String fieldsJson,
                @Param("sourceMessageId") Long sourceMessageId, @Param("createdByParty") Long createdByParty,
                @Param("createdByUser") Long createdByUser);

    /** A document that is not deleted. */
    Optional<DocumentRow> find(long id);

    /** A document whether deleted or not (archives and timelines still name it). */
    Optional<DocumentRow> findIncludingDeleted(long id);

    /** The deal's documents that are not deleted. */
    List<DocumentRow> findByDeal(long dealId);

    /** All the deal's documents, deleted ones too (the timeline still names them). */
    List<DocumentRow> findByDealIncludingDeleted(long dealId);

    /** The newest document of the type, among those with this subject unless {@code subject} is null. */
    Optional<DocumentRow> findLatestOfType(@Param("dealId") long dealId, @Param("type") String type,
                                           @Param("subject") String subject);

    /** Replaces the fields if the etag still matches; answers the number of rows changed (0 or 1). */
    int update(@Param("id") long id, @Param("expectedEtag") String expectedEtag, @Param("newEtag") String newEtag,
               @Param("fields") String fieldsJson, @Param("sourceMessageId") Long sourceMessageId);
}

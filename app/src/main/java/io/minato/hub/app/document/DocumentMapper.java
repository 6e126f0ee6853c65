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

    /** Ids for documents to be written by {@link #insertReceivedAll}, taken from the sequence in one round trip. */
    List<Long> nextIds(int count);

    /**
     * Documents received from one wire message, written in one statement with ids taken by {@link #nextIds}
     * (the events and receipts of the same interchange name them before they are written). Arrays are parallel.
     */
    void insertReceivedAll(@Param("ids") Long[] ids, @Param("dealIds") Long[] dealIds, @Param("types") String[] types,
                           @Param("subjects") String[] subjects, @Param("etags") String[] etags,
                           @Param("fields") String[] fieldsJson, @Param("sourceMessageId") long sourceMessageId);

    /**
     * A document a company creates through the API or portal. With an idempotency key, answers null
     * instead of inserting when the company already created a document in the deal under that key
     * (also when that other request has not committed yet: the unique index makes it wait).
     *
     * @param restrictedTo company codes for 限定公開, or null
     */
    Long insertCreated(@Param("dealId") long dealId, @Param("type") String type, @Param("etag") String etag,
                       @Param("fields") String fieldsJson, @Param("createdByParty") Long createdByParty,
                       @Param("createdByUser") Long createdByUser, @Param("idempotencyKey") String idempotencyKey,
                       @Param("requestHash") String requestHash, @Param("restrictedTo") String[] restrictedTo);

    /** The document a company created in the deal under an idempotency key, deleted or not. */
    Optional<KeyedDocument> findByIdempotencyKey(@Param("createdByParty") Long createdByParty,
                                                 @Param("dealId") long dealId, @Param("key") String key);

    /** A document that is not deleted. */
    Optional<DocumentRow> find(long id);

    /** A document whether deleted or not (archives and timelines still name it). */
    Optional<DocumentRow> findIncludingDeleted(long id);

    /** These documents, deleted or not. */
    List<DocumentRow> findAllIncludingDeleted(@Param("ids") List<Long> ids);

    /** The deal's documents that are not deleted. */
    List<DocumentRow> findByDeal(long dealId);

    /** All the deal's documents, deleted ones too (the timeline still names them). */
    List<DocumentRow> findByDealIncludingDeleted(long dealId);

    /** The newest document of the type, among those with this subject unless {@code subject} is null. */
    Optional<DocumentRow> findLatestOfType(@Param("dealId") long dealId, @Param("type") String type,
                                           @Param("subject") String subject);

    /** The deal's sent documents of these types that are not deleted, first sent first. */
    List<DocumentRow> findSent(@Param("dealId") long dealId, @Param("types") String[] types);

    /** Replaces the fields if the etag still matches; answers the number of rows changed (0 or 1). */
    int update(@Param("id") long id, @Param("expectedEtag") String expectedEtag, @Param("newEtag") String newEtag,
               @Param("fields") String fieldsJson, @Param("sourceMessageId") Long sourceMessageId);

    /** Status SENT; the first send's time and sender stay (the edit lock dates from it). */
    int markSent(@Param("id") long id, @Param("sentByUser") Long sentByUser, @Param("sentBy") String sentBy);

    /** Soft delete, if not deleted yet and (when given) the etag still matches; answers rows changed. */
    int delete(@Param("id") long id, @Param("expectedEtag") String expectedEtag, @Param("deletedBy") String deletedBy);

    /**
     * @param requestHash what the creating request said (type, fields, restriction), hashed
     * @param deleted     whether the document was deleted since
     */
    record KeyedDocument(long id, String requestHash, boolean deleted) {
    }
}

package io.minato.hub.app.attachment;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AttachmentMapper {

    /**
     * Locks the document's row until the transaction ends, so that uploads to one document count and
     * insert one after the other; false when the document is gone or deleted.
     */
    boolean lockDocument(long documentId);

    int countByDocument(long documentId);

    /** The same content under the same name on the document: a retried upload. */
    Optional<AttachmentRow> findSame(@Param("documentId") long documentId, @Param("sha256") String sha256,
                                     @Param("fileName") String fileName);

    long insert(@Param("documentId") long documentId, @Param("dealId") long dealId,
                @Param("fileName") String fileName, @Param("contentType") String contentType,
                @Param("size") long size, @Param("sha256") String sha256, @Param("content") byte[] content,
                @Param("partyId") Long partyId, @Param("userId") Long userId, @Param("uploadedBy") String uploadedBy);

    List<AttachmentRow> findByDocument(long documentId);

    Optional<AttachmentRow> find(@Param("documentId") long documentId, @Param("id") long id);

    Optional<StoredBytes> content(long id);

    int delete(@Param("documentId") long documentId, @Param("id") long id);

    /** The file's bytes; a record because MyBatis reads a {@code byte[]} return type as many rows. */
    record StoredBytes(byte[] bytes) {
    }
}

package io.minato.hub.app.document;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 既読: who read a document first and last. */
@Mapper
public interface DocumentReadMapper {

    /** A read: the first one of a reader is kept, the last one moves on. */
    void record(@Param("documentId") long documentId, @Param("reader") String reader,
                @Param("readerUserId") Long readerUserId, @Param("partyId") Long partyId,
                @Param("channel") String channel);

    /** Every reader of the document, first reader first. */
    List<ReadRow> findByDocument(long documentId);

    /**
     * @param reader  the login, or {@code key:<id>} for an API key
     * @param company the code of the company it read for; null for the hub's operator
     */
    record ReadRow(String reader, String company, String channel, OffsetDateTime firstReadAt,
                   OffsetDateTime lastReadAt, int reads) {
    }
}

package io.minato.hub.app.export;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Bulk-download jobs and their files, kept in PostgreSQL so progress survives the request. */
@Mapper
public interface ExportJobMapper {

    long insert(@Param("dealId") long dealId, @Param("partyId") Long partyId, @Param("companyCode") String companyCode,
                @Param("requestedBy") String requestedBy, @Param("requestedByUser") Long requestedByUser,
                @Param("format") String format, @Param("types") String[] types);

    Optional<JobRow> find(long id);

    /** QUEUED → RUNNING; 0 when another worker took it first. */
    int claim(long id);

    void total(@Param("id") long id, @Param("total") int total);

    void progress(@Param("id") long id, @Param("done") int done);

    void finish(@Param("id") long id, @Param("fileName") String fileName, @Param("contentType") String contentType,
                @Param("content") byte[] content);

    void fail(@Param("id") long id, @Param("error") String error);

    /** The finished job's file. */
    Optional<byte[]> content(long id);

    /** Jobs a stopped hub left unfinished, put back in the queue; answers their ids. */
    List<Long> requeueUnfinished();

    /**
     * @param types    the document types the company may download, comma-separated
     * @param partyId  the requesting company; null for the hub's operator
     */
    record JobRow(long id, long dealId, Long partyId, String companyCode, String requestedBy, String format,
                  String types, String status, Integer documentsTotal, int documentsDone, String fileName,
                  String contentType, String error, OffsetDateTime createdAt, OffsetDateTime startedAt,
                  OffsetDateTime finishedAt) {
    }
}

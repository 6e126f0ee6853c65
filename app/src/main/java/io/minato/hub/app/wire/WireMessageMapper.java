package io.minato.hub.app.wire;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WireMessageMapper {

    long insert(@Param("channel") String channel, @Param("direction") String direction,
                @Param("partner") String partner, @Param("status") String status,
                @Param("contentType") String contentType, @Param("fileName") String fileName,
                @Param("raw") byte[] raw, @Param("correlation") String correlationJson);

    /** As {@link #insert}, the raw bytes streamed into the statement ({@link StreamedBytesTypeHandler}). */
    long insertStreamed(@Param("channel") String channel, @Param("direction") String direction,
                        @Param("partner") String partner, @Param("status") String status,
                        @Param("contentType") String contentType, @Param("fileName") String fileName,
                        @Param("raw") SizedStream raw, @Param("correlation") String correlationJson);

    Optional<WireMessageRow> find(long id);

    /** Newest first, filtered by whatever the criteria name. */
    List<WireMessageRow> search(MessageSearch criteria);

    /**
     * An earlier interchange from the same sender with the same UNB reference that was applied
     * (PROCESSED or DUPLICATE) and received after {@code since}; null if none.
     */
    Long findAppliedInterchange(@Param("id") long id, @Param("partner") String partner,
                                @Param("correlation") String interchangeRefJson,
                                @Param("since") OffsetDateTime since);

    List<StatusCount> countByStatus();

    /** How many outbound interchanges stand at each acknowledgement status (none tracked: left out). */
    List<StatusCount> countByAckStatus();

    void expectAcknowledgement(@Param("id") long id, @Param("expected") String expected,
                               @Param("status") String status, @Param("dueAt") OffsetDateTime dueAt);

    Optional<WireMessageRow> findOutboundInterchange(@Param("partner") String partner,
                                                     @Param("correlation") String interchangeRefJson);

    void recordAcknowledgement(@Param("id") long id, @Param("status") String status,
                               @Param("ackWireMessageId") long ackWireMessageId, @Param("detail") String detail);

    /** PENDING past {@code now} to OVERDUE; the ids changed. */
    List<Long> markOverdueAcknowledgements(@Param("now") OffsetDateTime now);

    /** How many wire messages stand at one status. */
    record StatusCount(String status, long count) {
    }

    void addCorrelation(@Param("id") long id, @Param("correlation") String correlationJson);

    void updateStatus(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
                      @Param("dealId") Long dealId, @Param("documentId") Long documentId);

    Optional<WireMessageRow> startAttempt(@Param("id") long id, @Param("inlineLimit") long inlineLimit);

    /** Bytes {@code from} (1-based) … {@code from + length - 1} of the raw message; empty past its end. */
    /** One row at most; a list because MyBatis takes an array return type for many rows. */
    List<byte[]> rawSlice(@Param("id") long id, @Param("from") long from, @Param("length") int length);

    void linkToDocument(@Param("id") long id, @Param("dealId") long dealId, @Param("documentId") long documentId);
}

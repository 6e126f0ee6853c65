package io.minato.hub.app.naccs.output;

import io.minato.hub.mappings.naccs.output.ReceivedOutput;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NaccsOutputMapper {

    /** Inserts, or answers the id already stored for the wire message (re-processing). */
    long upsert(ReceivedOutput output);

    Optional<OutputRow> find(long id);

    /** @param companyId only outputs of deals this company is on; null (the operator) for all */
    List<OutputRow> search(@Param("matched") Boolean matched, @Param("dealId") Long dealId,
                           @Param("code") String code, @Param("companyId") Long companyId, @Param("limit") int limit);

    void updateStatus(@Param("id") long id, @Param("status") String status, @Param("reason") String reason,
                      @Param("submissionId") Long submissionId, @Param("dealId") Long dealId,
                      @Param("items") String itemsJson, @Param("resultTexts") String resultTextsJson,
                      @Param("olderFields") String olderFieldsJson);

    void markPart(@Param("id") long id, @Param("status") String status, @Param("submissionId") Long submissionId,
                  @Param("dealId") Long dealId);

    /** Every other part of an applied set: joined into the output that applied it. */
    void markPartsJoined(@Param("setKey") String setKey, @Param("appliedOutputId") long appliedOutputId);

    void insertSet(@Param("setKey") String setKey);

    /** The set row, locked until the transaction ends. */
    SetRow lockSet(@Param("setKey") String setKey);

    /** 1 if inserted, 0 if the sequence number was there already. */
    int insertPart(@Param("setKey") String setKey, @Param("sequence") int sequence, @Param("last") boolean last,
                   @Param("outputId") long outputId, @Param("businessPart") byte[] businessPart);

    List<PartRow> parts(@Param("setKey") String setKey);

    void claimSet(@Param("setKey") String setKey, @Param("expected") int expected,
                  @Param("wireMessageId") long wireMessageId);

    void markSetApplied(@Param("setKey") String setKey);

    Optional<Long> dealOfDeclaration(String declarationNumber);

    Optional<Long> dealOfExportControlNumber(String exportControlNumber);

    Optional<Long> dealOfContainer(String containerNumber);

    void insertDeclaration(@Param("declarationNumber") String declarationNumber, @Param("dealId") long dealId,
                           @Param("exportControlNumber") String exportControlNumber,
                           @Param("submissionId") Long submissionId);

    /** 1 if the value was applied (nothing newer held), 0 if a newer value is held. */
    int applyField(@Param("dealId") long dealId, @Param("subject") String subject, @Param("field") String field,
                   @Param("value") String value, @Param("asOf") LocalDateTime asOf,
                   @Param("wireMessageId") long wireMessageId);

    List<CustomsStateRow> state(@Param("dealId") long dealId, @Param("subject") String subject);

    List<CustomsStateRow> stateOfDeal(long dealId);

    String nextInputIdNumber();

    /** 1 if this caller claimed the run (the last one is at least {@code minGapMs} ago), else 0. */
    int claimScheduledRun(@Param("name") String name, @Param("minGapMs") long minGapMs);

    /** A set: how many parts it has (known once the last came), which mail completed it, whether applied. */
    record SetRow(String setKey, Integer expectedParts, Long completedBy, boolean applied) {
    }
}

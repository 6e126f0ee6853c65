package io.minato.hub.app.usage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 減額: the operator's fee reductions (fee_reductions, V32). */
@Mapper
interface FeeReductionMapper {

    /** @param partyId the company, or null for every company; answers the id */
    long insert(@Param("partyId") Long partyId, @Param("firstMonth") LocalDate firstMonth,
                @Param("lastMonth") LocalDate lastMonth, @Param("kind") String kind, @Param("percent") Integer percent,
                @Param("amountYen") Long amountYen, @Param("reasonJa") String reasonJa,
                @Param("reasonEn") String reasonEn, @Param("createdBy") String createdBy);

    Optional<Row> find(long id);

    /**
     * Reductions not deleted, newest first: those for the company and those for all (partyId given), or every one.
     */
    List<Row> list(@Param("partyId") Long partyId);

    /** Reductions not deleted that cover any month of [firstMonth, lastMonth] for the company (its own or all). */
    List<Row> covering(@Param("partyId") long partyId, @Param("firstMonth") LocalDate firstMonth,
                       @Param("lastMonth") LocalDate lastMonth);

    /** Marks it deleted (the row stays, so invoices explained by it stay explainable); 0 if none or deleted before. */
    int delete(@Param("id") long id, @Param("deletedBy") String deletedBy);

    /** @param companyCode null for a reduction of every company */
    record Row(long id, String companyCode, LocalDate firstMonth, LocalDate lastMonth, String kind, Integer percent,
               Long amountYen, String reasonJa, String reasonEn, String createdBy, OffsetDateTime createdAt) {
    }
}

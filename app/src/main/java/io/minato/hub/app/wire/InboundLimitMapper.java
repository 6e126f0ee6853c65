package io.minato.hub.app.wire;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboundLimitMapper {

    /** The company an inbound wire message belongs to, by the rule every channel shares (inbound_company, V32). */
    Optional<Sender> sender(long wireMessageId);

    record Sender(long partyId, String companyCode) {
    }

    /** Serialises admissions of one company across hub instances until the transaction ends. */
    void lock(long partyId);

    /**
     * The company's admitted messages within the window up to now, whatever their channel: how many, and the
     * oldest. "Now" is the database's clock at the statement, as in {@link #admit}: one clock for every hub
     * instance, read after the lock (the transaction's now() is when it began, before any lock wait).
     *
     * @param window an ISO-8601 duration (PT1M)
     */
    Admissions admissions(@Param("partyId") long partyId, @Param("window") String window);

    record Admissions(int count, OffsetDateTime oldest) {
    }

    /** @param partyId the company it counts against; null for a message of no company */
    void admit(@Param("id") long wireMessageId, @Param("partyId") Long partyId);

    void defer(@Param("id") long wireMessageId, @Param("partyId") long partyId, @Param("reason") String reason);
}

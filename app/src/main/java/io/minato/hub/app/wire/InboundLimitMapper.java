package io.minato.hub.app.wire;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboundLimitMapper {

    /** The company a wire message came from: the party its partner's UNB identification is. */
    Optional<Sender> sender(long wireMessageId);

    record Sender(long partyId, String companyCode) {
    }

    /** Serialises admissions of one company across hub instances until the transaction ends. */
    void lock(long partyId);

    /** The admissions of the company's partners since {@code since}: how many, and the oldest. */
    Admissions admissions(@Param("partyId") long partyId, @Param("since") OffsetDateTime since);

    record Admissions(int count, OffsetDateTime oldest) {
    }

    void admit(long wireMessageId);

    void defer(@Param("id") long wireMessageId, @Param("reason") String reason);
}

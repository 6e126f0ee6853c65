package io.minato.hub.app.limits;

import java.time.LocalDate;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CompanyLimitMapper {

    /** Serialises the limit checks of one company until the transaction ends. */
    void lock(long partyId);

    String code(long partyId);

    /** User IDs the company holds that are not disabled. */
    int userIds(long partyId);

    /**
     * Adds {@code bytes} to the company's volume of the day if the sum stays within {@code limit}; answers
     * the new volume, or null when it would exceed the limit (nothing is added then).
     */
    Long addTransfer(@Param("partyId") long partyId, @Param("day") LocalDate day, @Param("bytes") long bytes,
                     @Param("limit") long limit);
}

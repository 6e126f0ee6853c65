package io.minato.hub.app.limits;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The operator's runtime switches over heavy functions (load_limits, V32) and what they count. */
@Mapper
interface LoadLimitMapper {

    /** Serialises the heavy-job checks of one company until the transaction ends. */
    void lock(long partyId);

    /** Bulk downloads of the company queued or running. */
    int unfinishedExports(long partyId);

    /** The switch for the company if there is one, else the one for all companies. */
    Optional<Switch> effective(long partyId);

    List<Switch> all();

    /** Sets (or replaces) the switch of the company, or of all companies for a null partyId. */
    void put(@Param("partyId") Long partyId, @Param("concurrentExports") int concurrentExports,
             @Param("reasonJa") String reasonJa, @Param("reasonEn") String reasonEn, @Param("setBy") String setBy);

    int remove(@Param("partyId") Long partyId);

    /** @param company null: the switch for all companies */
    record Switch(String company, int concurrentExports, String reasonJa, String reasonEn, String setBy,
                  OffsetDateTime setAt) {
    }
}

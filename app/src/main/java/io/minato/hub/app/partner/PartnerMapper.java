package io.minato.hub.app.partner;

import io.minato.hub.mappings.partner.PartnerProfile;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PartnerMapper {

    List<PartnerProfile> findAll();

    Optional<PartnerProfile> find(String code);

    List<PartnerProfile> findByEdiId(@Param("ediId") String ediId);

    List<PartnerProfile> findByChannel(@Param("channel") String channel);

    /** Inserts or replaces; true when the partner is new. */
    boolean upsert(PartnerProfile partner);

    /** Inserts unless a partner with that code exists; answers rows inserted. */
    int insertIfAbsent(PartnerProfile partner);

    long nextControlNumber(@Param("partnerCode") String partnerCode, @Param("direction") String direction,
                           @Param("test") boolean test);
}

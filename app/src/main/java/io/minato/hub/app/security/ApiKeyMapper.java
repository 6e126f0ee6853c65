package io.minato.hub.app.security;

import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ApiKeyMapper {

    long insert(@Param("partyId") long partyId, @Param("keyId") String keyId, @Param("secretHash") String secretHash,
                @Param("name") String name, @Param("environment") String environment, @Param("createdBy") Long createdBy);

    /** An active key of a company that is not suspended, with what it needs to become a caller. */
    Optional<KeyRow> findActive(String keyId);

    List<ApiKeyView> findByParty(long partyId);

    int revoke(@Param("partyId") long partyId, @Param("id") long id);

    /** At most once a minute per key: a key used for every request must not write for every request. */
    void touch(String keyId);

    record KeyRow(long id, String keyId, String secretHash, long partyId, String partyCode,
                  List<BusinessType> businessTypes) {
    }
}

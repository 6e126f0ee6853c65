package io.minato.hub.app.security.oauth;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OAuthClientMapper {

    Inserted insert(@Param("partyId") long partyId, @Param("clientId") String clientId,
                    @Param("secretHash") String secretHash, @Param("name") String name,
                    @Param("environment") String environment, @Param("createdBy") Long createdBy);

    /** A client that is not revoked, of a company that is not suspended. */
    Optional<ClientRow> findActive(String clientId);

    List<OAuthClientView> findByParty(long partyId);

    int revoke(@Param("partyId") long partyId, @Param("id") long id, @Param("revokedBy") Long revokedBy);

    /** A re-hashed secret (the password encoder asked for a stronger hash); 0 for an unknown client. */
    int updateSecretHash(@Param("clientId") String clientId, @Param("secretHash") String secretHash);

    /** At most once a minute per client: a token used for every request must not write for every request. */
    void touch(String clientId);

    record Inserted(long id, OffsetDateTime issuedAt) {
    }

    record ClientRow(long id, String clientId, String secretHash, String name, String environment,
                     OffsetDateTime issuedAt, long partyId, String partyCode, List<BusinessType> businessTypes) {
    }
}

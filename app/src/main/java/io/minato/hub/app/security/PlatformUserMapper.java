package io.minato.hub.app.security;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PlatformUserMapper {

    /** Inserts unless the login exists; the new id, or null. */
    Long insertIfAbsent(@Param("login") String login, @Param("displayName") String displayName,
                        @Param("passwordHash") String passwordHash, @Param("partyId") Long partyId);

    Optional<PlatformUser> findByLogin(String login);

    Optional<PlatformUser> find(long id);

    /** The stored hash, for authentication only. */
    Optional<String> passwordHash(String login);

    Optional<Long> partyId(String partyCode);
}

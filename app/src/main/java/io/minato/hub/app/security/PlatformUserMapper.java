package io.minato.hub.app.security;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PlatformUserMapper {

    /** Inserts unless the login exists; the new id, or null. */
    Long insertIfAbsent(@Param("login") String login, @Param("displayName") String displayName,
                        @Param("passwordHash") String passwordHash, @Param("partyId") Long partyId,
                        @Param("role") String role, @Param("organizationId") Long organizationId,
                        @Param("email") String email, @Param("mustChangePassword") boolean mustChangePassword);

    Optional<PlatformUser> findByLogin(String login);

    Optional<PlatformUser> find(long id);

    /** What authentication needs, whatever the user's state (the state decides the answer). */
    Optional<LoginRow> loginRow(String login);

    /** The caller a logged-in user is: company, organization and the business types it acts in. */
    Optional<CallerRow> callerRow(String login);

    Optional<Long> partyId(String partyCode);

    void recordLoginSuccess(String login);

    /** One more failure; at {@code threshold} failures in a row the login is locked until {@code until}. */
    void recordLoginFailure(@Param("login") String login, @Param("threshold") int threshold,
                            @Param("until") OffsetDateTime until);

    int changePassword(@Param("id") long id, @Param("passwordHash") String passwordHash,
                       @Param("mustChange") boolean mustChange);

    /** Users (not operators) whose last login, or creation if never, is before {@code before}; suspends them. */
    List<PlatformUser> suspendUnusedSince(OffsetDateTime before);

    record LoginRow(long id, String login, String passwordHash, boolean active, OffsetDateTime disabledAt,
                    OffsetDateTime suspendedAt, OffsetDateTime lockedUntil, boolean mustChangePassword) {
    }

    record CallerRow(long id, String login, String role, Long partyId, String partyCode, Long organizationId,
                     List<BusinessType> businessTypes) {
    }
}

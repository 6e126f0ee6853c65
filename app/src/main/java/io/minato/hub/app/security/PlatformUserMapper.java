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

    /** Inserts an invited user (not active: it cannot log in until it accepts); the new id, or null. */
    Long insertInvitedIfAbsent(@Param("login") String login, @Param("displayName") String displayName,
                               @Param("passwordHash") String passwordHash, @Param("partyId") long partyId,
                               @Param("role") String role, @Param("organizationId") Long organizationId,
                               @Param("email") String email);

    /** An invitation accepted: the chosen password, and the user may log in. */
    int activate(@Param("id") long id, @Param("passwordHash") String passwordHash);

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

    /**
     * Active users (not operators, not invitees) whose last login, reactivation or creation, whichever
     * is latest, is before {@code before}; suspends them.
     */
    List<PlatformUser> suspendUnusedSince(OffsetDateTime before);

    /** Suspended users with an address whose notice mail has not gone out yet. */
    List<PlatformUser> suspensionNoticesDue();

    void suspensionNotified(long id);

    /** The people of a company with their state, administrators first. */
    List<CompanyUser> companyUsers(long partyId);

    Optional<CompanyUser> companyUser(@Param("partyId") long partyId, @Param("id") long id);

    /** Each answers the rows changed: 0 when the user is not one of the company's. */
    int disable(@Param("partyId") long partyId, @Param("id") long id);

    int enable(@Param("partyId") long partyId, @Param("id") long id);

    int unlock(@Param("partyId") long partyId, @Param("id") long id);

    int reactivate(@Param("partyId") long partyId, @Param("id") long id);

    /** True when the login's company holds no business type but SYSTEM_VENDOR (API access only). */
    boolean apiAccessOnly(String login);

    /**
     * {@code companySuspended}: the user's company is suspended, which refuses all its people;
     * {@code apiOnly}: its company is a system vendor only.
     */
    record LoginRow(long id, String login, String passwordHash, boolean active, OffsetDateTime disabledAt,
                    OffsetDateTime suspendedAt, OffsetDateTime lockedUntil, boolean mustChangePassword,
                    boolean companySuspended, boolean apiOnly) {
    }

    record CallerRow(long id, String login, String role, Long partyId, String partyCode, Long organizationId,
                     List<BusinessType> businessTypes) {
    }
}

package io.minato.hub.app.naccs;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NaccsUserMapper {

    /** Inserts unless the user ID exists; the new id, or null. */
    Long insertIfAbsent(@Param("partyId") Long partyId, @Param("userCode") String userCode,
                        @Param("identifier") String identifier, @Param("passwordEncrypted") String passwordEncrypted,
                        @Param("charset") String charset, @Param("relayHost") String relayHost,
                        @Param("relayPort") Integer relayPort);

    Optional<NaccsUserRow> find(long id);

    void updatePassword(@Param("id") long id, @Param("passwordEncrypted") String passwordEncrypted);

    Optional<NaccsUserRow> findByUserId(@Param("userCode") String userCode, @Param("identifier") String identifier);

    /** All NACCS users, or those of one party. */
    List<NaccsUserRow> list(@Param("partyId") Long partyId);

    /** The active NACCS users a platform user may act for. */
    List<NaccsUserRow> linkedTo(long platformUserId);

    /** Logins of the platform users linked to a NACCS user. */
    List<String> linkedLogins(long naccsUserId);

    void unlinkAll(long naccsUserId);

    void link(@Param("naccsUserId") long naccsUserId, @Param("platformUserId") long platformUserId);

    /**
     * Makes {@code submissionId} the NACCS user's one submission in flight, if the user is free: no
     * submission in flight, or the one in flight has its result (or failed), or it was SENT more than
     * {@code timeoutSeconds} ago without an answer. A conditional update: among concurrent callers on
     * any number of hub instances exactly one gets 1; the others wait for its row lock and get 0.
     */
    int claim(@Param("naccsUserId") long naccsUserId, @Param("submissionId") long submissionId,
              @Param("timeoutSeconds") long timeoutSeconds);

    /** Frees the NACCS user if {@code submissionId} is the one in flight. */
    int release(@Param("submissionId") long submissionId);

    /** The reply time-out runs from the hand-over to SMTP, not from queueing. */
    void restartInFlightClock(@Param("submissionId") long submissionId);

    /** Whether the platform user is linked to an active NACCS user with this user ID (8) or, if null, user code (5). */
    boolean isLinked(@Param("platformUserId") long platformUserId, @Param("userId") String userId,
                     @Param("userCode") String userCode);
}

package io.minato.hub.app.security;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InvitationMapper {

    void insert(@Param("userId") long userId, @Param("tokenHash") String tokenHash,
                @Param("expiresAt") OffsetDateTime expiresAt, @Param("createdBy") Long createdBy);

    /** Ends the user's open invitations (a new one replaces them). */
    int revokeOpen(long userId);

    /** An invitation by its token's hash, whatever its state, with whom and which company it is for. */
    Optional<InvitationRow> findByTokenHash(String tokenHash);

    /** Marks it used unless it is used, revoked or expired; 1 when this call used it. */
    int use(long id);

    record InvitationRow(long id, long userId, String login, String displayName, String email, String role,
                         String companyCode, String companyName, OffsetDateTime expiresAt, OffsetDateTime usedAt,
                         OffsetDateTime revokedAt) {

        boolean usable(OffsetDateTime now) {
            return usedAt == null && revokedAt == null && expiresAt.isAfter(now);
        }
    }
}

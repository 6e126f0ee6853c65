package io.minato.hub.app.security;

import java.time.OffsetDateTime;

/**
 * A person of a company as its administrator sees it.
 *
 * @param state               INVITED (has not accepted its invitation), ACTIVE, LOCKED (too many
 *                            failed logins, until {@code lockedUntil}), SUSPENDED (unused for a year),
 *                            DISABLED (by an administrator); the first that applies in reverse order
 * @param invitationExpiresAt when the open invitation link stops working; null when none is open
 */
public record CompanyUser(long id, String login, String displayName, String email, String role,
                          Long organizationId, String organizationName, String state, boolean mustChangePassword,
                          OffsetDateTime lastLoginAt, OffsetDateTime lockedUntil, OffsetDateTime suspendedAt,
                          OffsetDateTime invitationExpiresAt, OffsetDateTime createdAt) {
}

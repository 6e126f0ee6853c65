package io.minato.hub.app.security;

/**
 * A person who logs in to the platform.
 *
 * @param partyId            the company (party) the user belongs to; null for the hub's operator
 * @param role               OPERATOR, ADMIN or USER
 * @param organizationId     the organization a USER belongs to
 * @param mustChangePassword an initial or invited password that must be changed before anything else
 */
public record PlatformUser(long id, String login, String displayName, Long partyId, String partyCode,
                           boolean active, String role, Long organizationId, String email,
                           boolean mustChangePassword) {
}

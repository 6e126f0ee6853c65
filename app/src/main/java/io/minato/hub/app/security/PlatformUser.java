package io.minato.hub.app.security;

/**
 * A person who logs in to the platform (the minimal form issue 5 extends).
 *
 * @param partyId the company (party) the user belongs to; null for the hub's own operator
 */
public record PlatformUser(long id, String login, String displayName, Long partyId, String partyCode,
                           boolean active) {
}

package io.minato.hub.mappings.party;

/**
 * A known party in a role on a deal.
 *
 * @param role  the 3035 qualifier it holds on the deal: CA, CZ, CN, FW, BA, NI, …
 * @param party the organization
 */
public record ResolvedParticipant(String role, ResolvedParty party) {

    public ResolvedParticipant {
        if (role == null || !role.matches("[A-Z0-9]{1,3}")) {
            throw new IllegalArgumentException("'" + role + "' is not a party function qualifier (3035)");
        }
        if (party == null) {
            throw new IllegalArgumentException("a participant needs its party");
        }
    }
}

package io.minato.hub.mappings.permission;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The companies taking part in one deal (取引) with their grants. Only they see the deal's documents:
 * a company absent here holds {@link Rights#NONE} on everything in the deal.
 */
public record DealParticipation(long dealId, Map<String, ParticipantGrant> participants) {

    public DealParticipation {
        participants = Map.copyOf(participants);
        participants.forEach((company, grant) -> {
            if (!company.equals(grant.company())) {
                throw new IllegalArgumentException("deal " + dealId + ": grant of " + grant.company()
                        + " filed under " + company);
            }
        });
    }

    /** @throws IllegalArgumentException when a company is listed twice: one grant per company and deal */
    public static DealParticipation of(long dealId, Collection<ParticipantGrant> grants) {
        Map<String, ParticipantGrant> byCompany = new LinkedHashMap<>();
        for (ParticipantGrant grant : grants) {
            if (byCompany.putIfAbsent(grant.company(), grant) != null) {
                throw new IllegalArgumentException("deal " + dealId + ": " + grant.company()
                        + " has two grants; merge its business types into one");
            }
        }
        return new DealParticipation(dealId, byCompany);
    }

    public Optional<ParticipantGrant> participant(String company) {
        return Optional.ofNullable(company == null ? null : participants.get(company));
    }
}

package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a company was given when it joined a deal (取引関係先の追加): the business types it acts in on
 * that deal and, per document type, a limit that may only weaken the matrix default. Build it through
 * {@link AccessPolicy#grant}, which refuses a limit above the default; {@link AccessPolicy#rights} also
 * takes the weaker of limit and default, so a grant made some other way still cannot strengthen.
 *
 * @param company       the participating company's code (parties.code)
 * @param businessTypes what it acts as on this deal; at least one
 * @param limits        document types whose rights are weakened for it; absent types keep the default
 */
public record ParticipantGrant(String company, Set<BusinessType> businessTypes, Map<DocumentType, Rights> limits) {

    public ParticipantGrant {
        if (company == null || company.isBlank()) {
            throw new IllegalArgumentException("a participant needs its company code");
        }
        // Set.of(...).contains(null) throws, so look for null by walking the set
        if (businessTypes == null || businessTypes.isEmpty() || businessTypes.stream().anyMatch(b -> b == null)) {
            throw new IllegalArgumentException("participant " + company + " needs at least one business type");
        }
        businessTypes = Collections.unmodifiableSet(EnumSet.copyOf(businessTypes));
        Map<DocumentType, Rights> copy = new EnumMap<>(DocumentType.class);
        if (limits != null) {
            limits.forEach((type, rights) -> {
                if (type == null || rights == null) {
                    throw new IllegalArgumentException(
                            "participant " + company + ": a limit needs a document type and rights");
                }
                copy.put(type, rights);
            });
        }
        limits = Collections.unmodifiableMap(copy);
    }

    /** A participant with the matrix defaults of its business types, nothing weakened. */
    public static ParticipantGrant withDefaults(String company, Set<BusinessType> businessTypes) {
        return new ParticipantGrant(company, businessTypes, Map.of());
    }
}

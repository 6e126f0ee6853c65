package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides what a company may do with a deal's documents, for the API, the portal and
 * every connector that writes documents alike. Effective rights = the strongest matrix default over the
 * business types the company holds on the deal, then the weaker of that and the deal's limit for it;
 * a company not on the deal holds {@link Rights#NONE}.
 */
public final class AccessPolicy {

    private final PermissionMatrix matrix;

    public AccessPolicy(PermissionMatrix matrix) {
        this.matrix = matrix;
    }

    /** The strongest default any of the business types has on the document type. */
    public Rights defaults(Set<BusinessType> businessTypes, DocumentType type) {
        Rights strongest = Rights.NONE;
        for (BusinessType businessType : businessTypes) {
            strongest = Rights.stronger(strongest, matrix.rights(type, businessType));
        }
        return strongest;
    }

    /**
     * Grants a company joining a deal its business types' defaults, weakened where {@code limits} says.
     *
     * @throws StrengtheningRefusedException when a limit is above the default, naming the first such type
     */
    public ParticipantGrant grant(String company, Set<BusinessType> businessTypes, Map<DocumentType, Rights> limits) {
        ParticipantGrant grant = new ParticipantGrant(company, businessTypes, limits);
        for (DocumentType type : DocumentType.values()) {
            Rights limit = grant.limits().get(type);
            Rights defaults = defaults(grant.businessTypes(), type);
            if (limit != null && !defaults.covers(limit)) {
                throw new StrengtheningRefusedException(company, grant.businessTypes(), type, defaults, limit);
            }
        }
        return grant;
    }

    /** What the company may do with the deal's documents of that type. */
    public Rights rights(String company, DealParticipation deal, DocumentType type) {
        return deal.participant(company).map(grant -> rights(grant, type)).orElse(Rights.NONE);
    }

    /** A participant's effective rights: its defaults, weakened by its limit; never above the defaults. */
    public Rights rights(ParticipantGrant grant, DocumentType type) {
        Rights defaults = defaults(grant.businessTypes(), type);
        Rights limit = grant.limits().get(type);
        return limit == null ? defaults : Rights.weaker(defaults, limit);
    }

    public boolean allows(String company, DealParticipation deal, DocumentType type, Operation operation) {
        return rights(company, deal, type).covers(operation.required());
    }

    /** @throws DocumentAccessDeniedException when the company's rights do not cover the operation */
    public void check(String company, DealParticipation deal, DocumentType type, Operation operation) {
        Optional<ParticipantGrant> grant = deal.participant(company);
        Rights held = grant.map(g -> rights(g, type)).orElse(Rights.NONE);
        if (!held.covers(operation.required())) {
            throw new DocumentAccessDeniedException(company, deal.dealId(), type, operation, held, grant.isPresent());
        }
    }

    public PermissionMatrix matrix() {
        return matrix;
    }
}

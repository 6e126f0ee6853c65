package io.minato.hub.app.security;

import io.minato.hub.mappings.party.BusinessType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is acting in the current request: a person (operator, company administrator or user) or a
 * company's system through an API key. Everything that decides access starts from here.
 *
 * @param kind           what sort of caller
 * @param userId         the platform user; null for an API key
 * @param name           the login, or the API key's id ({@code key:ab12cd34}), for timelines and logs
 * @param companyId      the company (parties.id) it acts for; null only for the hub's operator
 * @param companyCode    that company's code
 * @param organizationId the user's organization; null for administrators, API keys and operators
 * @param businessTypes  the business types it may act in: its organization's, or all its company's
 *                       for administrators and API keys; empty for operators
 */
public record Caller(Kind kind, Long userId, String name, Long companyId, String companyCode,
                     Long organizationId, Set<BusinessType> businessTypes) {

    public enum Kind {
        /** The hub's operations staff: partners, party table, wire messages, support on every deal. */
        OPERATOR,
        /** A company's administrator (管理者). */
        ADMIN,
        /** A member of one of the company's organizations. */
        USER,
        /** A company's system calling with an API key. */
        API_CLIENT
    }

    public Caller {
        if (kind == null || name == null) {
            throw new IllegalArgumentException("a caller needs its kind and name");
        }
        if ((kind == Kind.OPERATOR) != (companyId == null)) {
            throw new IllegalArgumentException("caller " + name + ": only the operator acts for no company");
        }
        businessTypes = businessTypes == null || businessTypes.isEmpty()
                ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(businessTypes));
    }

    public boolean operator() {
        return kind == Kind.OPERATOR;
    }

    public boolean administrator() {
        return kind == Kind.ADMIN;
    }

    /** True when it acts for that company (the operator acts for none). */
    public boolean actsFor(long company) {
        return companyId != null && companyId == company;
    }

    /**
     * People of a system vendor (システムベンダー: a company, or organization, whose only business type
     * is SYSTEM_VENDOR) have API access only: they may not use the portal.
     */
    public boolean apiOnly() {
        return kind != Kind.OPERATOR && businessTypes.equals(Set.of(BusinessType.SYSTEM_VENDOR));
    }

    /** The channel its changes are recorded under on a timeline. */
    public String channel() {
        return kind == Kind.API_CLIENT ? "API_KEY" : "USER";
    }
}

package io.minato.hub.app.permission;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.DealParticipation;
import io.minato.hub.mappings.permission.DocumentAccessDeniedException;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.ParticipantGrant;
import io.minato.hub.mappings.permission.Rights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The deal-level gate in front of {@link AccessPolicy}: every API path, the portal and the connectors
 * that act for a company ask here. A company not (or no longer) on a deal does not learn that the deal
 * exists (404); a participant without the rights for a document type gets the policy's 403.
 *
 * <p>A company acts on a deal in the business types of its grant; a user of one of its organizations
 * only in those of them its organization holds (DOMAIN: "a user's access follows the business types
 * of the organization it belongs to"). The hub's operator supports every deal and holds READ_WRITE.
 */
@Service
public class DealAccess {

    private static final TypeReference<Map<DocumentType, Rights>> LIMITS = new TypeReference<>() {
    };
    /** The limits of a company's user whose organization holds none of the deal's types: on it, sees nothing. */
    private static final Map<DocumentType, Rights> ALL_NONE = Stream.of(DocumentType.values())
            .collect(Collectors.toMap(type -> type, type -> Rights.NONE));

    private final DealGrantMapper grants;
    private final AccessPolicy policy;
    private final ObjectMapper json;

    DealAccess(DealGrantMapper grants, AccessPolicy policy, ObjectMapper json) {
        this.grants = grants;
        this.policy = policy;
        this.json = json;
    }

    /** 404 (as if the deal did not exist) unless the caller is on the deal or is the operator. */
    public void requireParticipant(Caller caller, long dealId) {
        if (!participant(caller, dealId)) {
            throw ApiException.notFound("deal", dealId);
        }
    }

    public boolean participant(Caller caller, long dealId) {
        return caller.operator() || grants.isParticipant(dealId, caller.companyId());
    }

    /** What the caller may do with the deal's documents of that type. */
    public Rights rights(Caller caller, long dealId, DocumentType type) {
        if (caller.operator()) {
            return Rights.READ_WRITE;
        }
        return callerGrant(caller, dealId).map(grant -> policy.rights(grant, type)).orElse(Rights.NONE);
    }

    /** Every document type's rights at once: for lists, search, bulk download and the timeline. */
    public Map<DocumentType, Rights> rightsByType(Caller caller, long dealId) {
        Map<DocumentType, Rights> rights = new EnumMap<>(DocumentType.class);
        Optional<ParticipantGrant> grant = caller.operator() ? Optional.empty() : callerGrant(caller, dealId);
        for (DocumentType type : DocumentType.values()) {
            rights.put(type, caller.operator() ? Rights.READ_WRITE
                    : grant.map(g -> policy.rights(g, type)).orElse(Rights.NONE));
        }
        return rights;
    }

    public boolean allows(Caller caller, long dealId, DocumentType type, Operation operation) {
        return rights(caller, dealId, type).covers(operation.required());
    }

    /**
     * 404 unless the caller is on the deal; 403 ({@link DocumentAccessDeniedException}) unless its
     * rights cover the operation.
     */
    public void check(Caller caller, long dealId, DocumentType type, Operation operation) {
        if (caller.operator()) {
            return;
        }
        Optional<ParticipantGrant> grant = callerGrant(caller, dealId);
        if (grant.isEmpty()) {
            throw ApiException.notFound("deal", dealId);
        }
        Rights held = policy.rights(grant.get(), type);
        if (!held.covers(operation.required())) {
            throw new DocumentAccessDeniedException(caller.companyCode(), dealId, type, operation, held, true);
        }
    }

    /** The deal's participants as the policy sees them (company code → grant). */
    public DealParticipation participation(long dealId) {
        return participation(dealId, grants.activeGrants(dealId));
    }

    /** The same from grants already read ({@link DealGrantMapper#activeGrants}). */
    public DealParticipation participation(long dealId, List<DealGrantMapper.GrantRow> activeGrants) {
        return DealParticipation.of(dealId, activeGrants.stream().map(this::toGrant).toList());
    }

    /**
     * The caller's grant on the deal: its company's, narrowed to its organization's business types for
     * a user of an organization; empty when the company is not on the deal or nothing is left.
     */
    Optional<ParticipantGrant> callerGrant(Caller caller, long dealId) {
        Optional<ParticipantGrant> company = grants.activeGrants(dealId).stream()
                .filter(row -> row.partyId() == caller.companyId())
                .findFirst()
                .map(this::toGrant);
        if (caller.kind() != Caller.Kind.USER || caller.organizationId() == null) {
            return company;
        }
        return company.flatMap(grant -> {
            Set<BusinessType> types = EnumSet.copyOf(grant.businessTypes());
            types.retainAll(caller.businessTypes());
            return types.isEmpty() ? Optional.empty()
                    : Optional.of(new ParticipantGrant(grant.company(), types, grant.limits()));
        }).or(() -> company.map(grant -> new ParticipantGrant(grant.company(), grant.businessTypes(), ALL_NONE)));
    }

    private ParticipantGrant toGrant(DealGrantMapper.GrantRow row) {
        return new ParticipantGrant(row.partyCode(), EnumSet.copyOf(row.businessTypes()), limits(row.limits()));
    }

    private Map<DocumentType, Rights> limits(String limits) {
        if (limits == null || limits.isBlank()) {
            return Map.of();
        }
        try {
            return json.readValue(limits, LIMITS);
        } catch (IOException e) {
            throw new UncheckedIOException("deal_grants.limits is not a map of document type to rights: " + limits, e);
        }
    }
}

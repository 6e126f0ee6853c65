package io.minato.hub.app.party;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import io.minato.hub.mappings.usage.UsageOperation;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.ParticipantGrant;
import io.minato.hub.mappings.permission.Rights;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a deal (取引関係先): a participant invites a company in business types it registered,
 * weakening the matrix defaults per document type if it wants (never strengthening), possibly hidden
 * from the other participants; only the inviter removes it again, and what the removed company created
 * on the deal goes with it (as in Cyber Port).
 */
@Service
public class DealPartners {

    /** A company's standing on a deal, as a participant sees it. */
    public record PartnerView(String company, String name, List<BusinessType> businessTypes, Map<DocumentType, Rights> limits,
                              boolean hidden, String invitedBy, String invitedByUser, List<String> roles,
                              java.time.OffsetDateTime addedAt, java.time.OffsetDateTime removedAt) {
    }

    private final DealMapper deals;
    private final DealGrantMapper grants;
    private final DealAccess access;
    private final AccessPolicy policy;
    private final PartyMapper parties;
    private final Events events;
    private final ObjectMapper json;
    private final UsageRecorder usage;

    DealPartners(DealMapper deals, DealGrantMapper grants, DealAccess access, AccessPolicy policy, PartyMapper parties,
                 Events events, ObjectMapper json, UsageRecorder usage) {
        this.usage = usage;
        this.deals = deals;
        this.grants = grants;
        this.access = access;
        this.policy = policy;
        this.parties = parties;
        this.events = events;
        this.json = json;
    }

    /** The deal's companies; a hidden one only for itself, its inviter and the operator. */
    public List<PartnerView> list(Caller caller, long dealId) {
        requireDeal(caller, dealId);
        return grants.details(dealId).stream()
                .filter(row -> !row.hidden() || caller.operator() || row.partyCode().equals(caller.companyCode())
                        || Objects.equals(row.invitedBy(), caller.companyCode()))
                .map(this::view)
                .toList();
    }

    @Transactional
    public PartnerView invite(Caller caller, long dealId, String company, Set<BusinessType> businessTypes,
                              Map<DocumentType, Rights> limits, boolean hidden) {
        requireDeal(caller, dealId);
        PartyRow party = parties.find(company).orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                "company " + company + " is not registered / 企業 " + company + " は登録されていません"));
        if (businessTypes == null || businessTypes.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "name the business types " + company
                    + " takes part in / 参加する事業種別を指定してください");
        }
        Set<BusinessType> unregistered = EnumSet.copyOf(businessTypes);
        unregistered.removeAll(party.businessTypes());
        if (!unregistered.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + company + " has not registered "
                    + unregistered + " (it holds " + party.businessTypes() + ") / 企業 " + company
                    + " はこの事業種別を登録していません");
        }
        ParticipantGrant grant = policy.grant(company, businessTypes, limits);
        boolean added = grants.insertInvited(dealId, party.id(), List.copyOf(grant.businessTypes()),
                write(grant.limits()), hidden, caller.companyId(), caller.userId());
        if (!added) {
            throw new ApiException(HttpStatus.CONFLICT, "company " + company + " is on deal " + dealId
                    + " already / 企業 " + company + " は既にこの取引の関係先です");
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("party", company);
        detail.put("businessTypes", grant.businessTypes());
        detail.put("hidden", hidden);
        detail.put("invitedBy", caller.operator() ? "operator" : caller.companyCode());
        detail.put("by", caller.name());
        events.record(EventType.ORGANIZATION_ADDED, dealId, null, null, detail);
        deals.touch(dealId);
        return find(dealId, company);
    }

    /** Changes what an invited company may do (within its defaults) or whether it is hidden; inviter only. */
    @Transactional
    public PartnerView change(Caller caller, long dealId, String company, Map<DocumentType, Rights> limits, boolean hidden) {
        DealGrantMapper.GrantDetail row = invitedByCaller(caller, dealId, company);
        ParticipantGrant grant = policy.grant(company, EnumSet.copyOf(row.businessTypes()), limits);
        grants.updateGrant(dealId, row.partyId(), write(grant.limits()), hidden);
        usage.collaborated(caller, dealId, UsageOperation.SETTINGS);
        return find(dealId, company);
    }

    /** Removes an invited company and what it created on the deal; inviter (or operator) only. */
    @Transactional
    public void remove(Caller caller, long dealId, String company) {
        DealGrantMapper.GrantDetail row = invitedByCaller(caller, dealId, company);
        grants.remove(dealId, row.partyId(), caller.userId());
        for (DealGrantMapper.DeletedDocument document : grants.deleteDocumentsCreatedBy(dealId, row.partyId())) {
            events.record(EventType.DOCUMENT_DELETED, dealId, document.id(), null,
                    Map.of("type", document.type(), "reason", "participant " + company + " removed", "by", caller.name()));
        }
        events.record(EventType.ORGANIZATION_REMOVED, dealId, null, null,
                Map.of("party", company, "hidden", row.hidden(), "invitedBy", String.valueOf(row.invitedBy()),
                        "by", caller.name()));
        deals.touch(dealId);
    }

    private DealGrantMapper.GrantDetail invitedByCaller(Caller caller, long dealId, String company) {
        requireDeal(caller, dealId);
        DealGrantMapper.GrantDetail row = grants.details(dealId).stream()
                .filter(detail -> detail.partyCode().equals(company) && detail.removedAt() == null)
                .findFirst()
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "company " + company + " is not on deal "
                        + dealId + " / 企業 " + company + " はこの取引の関係先ではありません"));
        if (!caller.operator() && !Objects.equals(row.invitedBy(), caller.companyCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only the company that invited " + company + " ("
                    + (row.invitedBy() == null ? "nobody: it created the deal or a message named it" : row.invitedBy())
                    + ") may change or remove it / 関係先を変更・削除できるのは招待した企業だけです");
        }
        return row;
    }

    private void requireDeal(Caller caller, long dealId) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        access.requireParticipant(caller, dealId);
    }

    private PartnerView find(long dealId, String company) {
        return grants.details(dealId).stream().filter(row -> row.partyCode().equals(company)).findFirst()
                .map(this::view).orElseThrow();
    }

    private PartnerView view(DealGrantMapper.GrantDetail row) {
        return new PartnerView(row.partyCode(), row.partyName(), row.businessTypes(), read(row.limits()), row.hidden(),
                row.invitedBy(), row.invitedByUser(), row.roles(), row.addedAt(), row.removedAt());
    }

    private String write(Map<DocumentType, Rights> limits) {
        try {
            return json.writeValueAsString(limits);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("limits of document types to rights always serialize", e);
        }
    }

    private Map<DocumentType, Rights> read(String limits) {
        try {
            return json.readValue(limits, json.getTypeFactory().constructMapType(LinkedHashMap.class,
                    DocumentType.class, Rights.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("deal_grants.limits is not a map of document type to rights: " + limits, e);
        }
    }
}

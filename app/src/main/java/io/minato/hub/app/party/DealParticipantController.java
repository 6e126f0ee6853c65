package io.minato.hub.app.party;

import io.minato.hub.app.security.Callers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Rights;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The companies taking part in a deal (取引関係先): list, invite, weaken or hide, remove. */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/participants")
class DealParticipantController {

    /**
     * @param limits document type → READ or NONE, below the matrix defaults of the business types
     * @param hidden not shown to the deal's other participants (only to the inviter and itself)
     */
    record Invitation(@NotBlank String company, Set<BusinessType> businessTypes, Map<DocumentType, Rights> limits,
                      boolean hidden) {
    }

    record Change(Map<DocumentType, Rights> limits, boolean hidden) {
    }

    private final DealPartners partners;
    private final Callers callers;

    DealParticipantController(DealPartners partners, Callers callers) {
        this.partners = partners;
        this.callers = callers;
    }

    @GetMapping
    List<DealPartners.PartnerView> participants(@PathVariable long dealId) {
        return partners.list(callers.require(), dealId);
    }

    @PostMapping
    ResponseEntity<DealPartners.PartnerView> invite(@PathVariable long dealId, @Valid @RequestBody Invitation invitation) {
        DealPartners.PartnerView view = partners.invite(callers.require(), dealId, invitation.company(),
                invitation.businessTypes(), invitation.limits(), invitation.hidden());
        return ResponseEntity.created(URI.create("/api/v1/deals/" + dealId + "/participants/" + view.company()))
                .body(view);
    }

    @PatchMapping("/{company}")
    DealPartners.PartnerView change(@PathVariable long dealId, @PathVariable String company,
                                    @RequestBody Change change) {
        return partners.change(callers.require(), dealId, company, change.limits(), change.hidden());
    }

    @DeleteMapping("/{company}")
    ResponseEntity<Void> remove(@PathVariable long dealId, @PathVariable String company) {
        partners.remove(callers.require(), dealId, company);
        return ResponseEntity.noContent().build();
    }
}

package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 組織: a company's administrator creates branches and departments freely and gives each any of the
 * company's business types (never one the company does not hold); its users act in those types. The
 * rules live in {@link CompanyAdministration}, which the portal's pages call too.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/organizations")
class OrganizationController {

    record OrganizationRequest(@NotBlank @Size(max = CompanyAdministration.MAX_NAME) String name,
                               @NotNull List<@NotNull BusinessType> businessTypes) {
    }

    private final CompanyAdministration administration;

    OrganizationController(CompanyAdministration administration) {
        this.administration = administration;
    }

    @PostMapping
    ResponseEntity<Organization> create(@PathVariable String code, @Valid @RequestBody OrganizationRequest request) {
        Organization created = administration.createOrganization(code, request.name(), request.businessTypes());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/organizations/" + created.id()))
                .body(created);
    }

    @GetMapping
    List<Organization> list(@PathVariable String code) {
        return administration.organizations(code);
    }

    @GetMapping("/{id}")
    Organization get(@PathVariable String code, @PathVariable long id) {
        return administration.organization(code, id);
    }

    /** Renames it and sets its business types; its users act in the new types from their next request. */
    @PutMapping("/{id}")
    Organization update(@PathVariable String code, @PathVariable long id, @Valid @RequestBody OrganizationRequest request) {
        return administration.updateOrganization(code, id, request.name(), request.businessTypes());
    }

    /** 409 while users belong to it or a deal names it (move the users first; deals keep their history). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        administration.deleteOrganization(code, id);
        return ResponseEntity.noContent().build();
    }
}

package io.minato.hub.app.company;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
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
 * company's business types (never one the company does not hold); its users act in those types.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/organizations")
class OrganizationController {

    record OrganizationRequest(@NotBlank @Size(max = 140) String name, @NotNull List<@NotNull BusinessType> businessTypes) {
    }

    private final OrganizationMapper organizations;
    private final CompanyAccess access;

    OrganizationController(OrganizationMapper organizations, CompanyAccess access) {
        this.organizations = organizations;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Organization> create(@PathVariable String code, @Valid @RequestBody OrganizationRequest request) {
        CompanyAccess.Managed managed = access.manage(code);
        CompanyRow company = managed.company();
        List<BusinessType> types = heldTypes(company, request.businessTypes());
        Long id = organizations.insertIfAbsent(company.id(), request.name().strip(), types, managed.caller().userId());
        if (id == null) {
            throw nameTaken(request.name());
        }
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/organizations/" + id))
                .body(organizations.find(company.id(), id).orElseThrow());
    }

    @GetMapping
    List<Organization> list(@PathVariable String code) {
        return organizations.list(access.manage(code).company().id());
    }

    @GetMapping("/{id}")
    Organization get(@PathVariable String code, @PathVariable long id) {
        return find(access.manage(code).company(), id);
    }

    /** Renames it and sets its business types; its users act in the new types from their next request. */
    @PutMapping("/{id}")
    Organization update(@PathVariable String code, @PathVariable long id, @Valid @RequestBody OrganizationRequest request) {
        CompanyRow company = access.manage(code).company();
        find(company, id);
        List<BusinessType> types = heldTypes(company, request.businessTypes());
        try {
            organizations.update(company.id(), id, request.name().strip(), types);
        } catch (DuplicateKeyException e) {
            throw nameTaken(request.name());
        }
        return find(company, id);
    }

    /** 409 while users belong to it or a deal names it (move the users first; deals keep their history). */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        CompanyRow company = access.manage(code).company();
        Organization organization = find(company, id);
        if (organization.users() > 0) {
            throw new ApiException(HttpStatus.CONFLICT, "organization " + organization.name() + " still has "
                    + organization.users() + " user(s) / 組織「" + organization.name() + "」にはまだ利用者がいます");
        }
        if (organizations.onDeals(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "organization " + organization.name() + " takes part in deals"
                    + " / 組織「" + organization.name() + "」は取引に参加しているため削除できません");
        }
        organizations.delete(company.id(), id);
        return ResponseEntity.noContent().build();
    }

    private Organization find(CompanyRow company, long id) {
        return organizations.find(company.id(), id)
                .orElseThrow(() -> ApiException.notFound("organization of company " + company.code(), id));
    }

    /** The requested types, each once; 422 naming those the company does not hold. */
    private static List<BusinessType> heldTypes(CompanyRow company, List<BusinessType> requested) {
        List<BusinessType> foreign = requested.stream().distinct()
                .filter(type -> !company.businessTypes().contains(type)).toList();
        if (!foreign.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + company.code() + " does not hold "
                    + foreign + "; an organization takes only business types of its company (" + company.businessTypes()
                    + ") / 組織には自社が登録した事業種別だけを割り当てられます");
        }
        return requested.stream().distinct().toList();
    }

    private static ApiException nameTaken(String name) {
        return new ApiException(HttpStatus.CONFLICT, "the company has an organization named " + name.strip()
                + " already / 組織「" + name.strip() + "」は既にあります");
    }
}

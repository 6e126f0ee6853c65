package io.minato.hub.app.portal;

import io.minato.hub.app.company.CompanyAdministration;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 組織管理 and 利用者管理: a company's administrator manages its organizations (name, business types out
 * of the company's) and its people (invite by mail, disable, enable, unlock, reactivate). Everything goes
 * through {@link CompanyAdministration}, as the API does, so a plain user gets 403 and an administrator
 * only its own company. The hub's operator first picks a company ({@code ?company=CODE}).
 */
@Controller
class CompanyAdminPages {

    /** A business type as a checkbox: the company's own types only. */
    record TypeChoice(BusinessType type, String label) {
    }

    private static final Set<String> USER_ACTIONS = Set.of("disable", "enable", "unlock", "reactivate", "invitation");

    private final CompanyAdministration administration;
    private final Callers callers;
    private final Labels labels;
    private final Validator validator;

    CompanyAdminPages(CompanyAdministration administration, Callers callers, Labels labels, Validator validator) {
        this.administration = administration;
        this.callers = callers;
        this.labels = labels;
        this.validator = validator;
    }

    @GetMapping("/admin/organizations")
    String organizations(@RequestParam(required = false) String company, Model model, Locale locale) {
        Optional<CompanyAdministration.Company> managed = managed(company, "/admin/organizations", model);
        if (managed.isEmpty()) {
            return "admin/company-picker";
        }
        model.addAttribute("organizations", administration.organizations(managed.get().code()));
        model.addAttribute("typeChoices", managed.get().businessTypes().stream()
                .map(type -> new TypeChoice(type, labels.businessType(type, locale)))
                .toList());
        // by name: SpEL cannot index a map by an enum it holds as a plain Enum
        Map<String, String> typeLabels = new HashMap<>();
        for (BusinessType type : BusinessType.values()) {
            typeLabels.put(type.name(), labels.businessType(type, locale));
        }
        model.addAttribute("typeLabels", typeLabels);
        return "admin/organizations";
    }

    @PostMapping("/admin/organizations")
    String createOrganization(@RequestParam String company, @RequestParam String name,
                              @RequestParam(required = false) List<BusinessType> businessTypes,
                              RedirectAttributes redirect, Locale locale) {
        try {
            administration.createOrganization(company, name, orEmpty(businessTypes));
            redirect.addFlashAttribute("notice", "admin.organizations.created");
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", FormErrors.text(e, locale));
            redirect.addFlashAttribute("name", name);
        }
        return back("/admin/organizations", company);
    }

    /** Renames the organization and sets its business types (the row's own form). */
    @PostMapping("/admin/organizations/{id}")
    String updateOrganization(@RequestParam String company, @PathVariable long id, @RequestParam String name,
                              @RequestParam(required = false) List<BusinessType> businessTypes,
                              RedirectAttributes redirect, Locale locale) {
        try {
            administration.updateOrganization(company, id, name, orEmpty(businessTypes));
            redirect.addFlashAttribute("notice", "admin.organizations.updated");
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", FormErrors.text(e, locale));
        }
        return back("/admin/organizations", company);
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String company, Model model) {
        Optional<CompanyAdministration.Company> managed = managed(company, "/admin/users", model);
        if (managed.isEmpty()) {
            return "admin/company-picker";
        }
        model.addAttribute("users", administration.users(managed.get().code()));
        model.addAttribute("organizations", administration.organizations(managed.get().code()));
        return "admin/users";
    }

    /** Invites someone into an organization; the mail with its one-time link goes out before this answers. */
    @PostMapping("/admin/users")
    String invite(@RequestParam String company, @RequestParam String login, @RequestParam String displayName,
                  @RequestParam String email, @RequestParam(required = false) Long organizationId,
                  RedirectAttributes redirect, Locale locale) {
        CompanyAdministration.UserInvitation invitation = new CompanyAdministration.UserInvitation(login.strip(),
                displayName.strip(), email.strip(), organizationId);
        Set<ConstraintViolation<CompanyAdministration.UserInvitation>> violations = validator.validate(invitation);
        try {
            if (!violations.isEmpty()) {
                redirect.addFlashAttribute("error", FormErrors.text(violations, inviteLabel(locale)));
            } else {
                administration.invite(company, invitation);
                redirect.addFlashAttribute("notice", "admin.users.invited");
                redirect.addFlashAttribute("noticeArgument", invitation.email());
                return back("/admin/users", company);
            }
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", FormErrors.text(e, locale));
        }
        redirect.addFlashAttribute("invitation", invitation);
        return back("/admin/users", company);
    }

    /** disable, enable, unlock, reactivate, or invitation (a new link by mail). */
    @PostMapping("/admin/users/{id}/{action}")
    String userAction(@RequestParam String company, @PathVariable long id, @PathVariable String action,
                      RedirectAttributes redirect, Locale locale) {
        if (!USER_ACTIONS.contains(action)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no such action " + action
                    + " / この操作はありません");
        }
        try {
            switch (action) {
                case "disable" -> administration.disable(company, id);
                case "enable" -> administration.enable(company, id);
                case "unlock" -> administration.unlock(company, id);
                case "reactivate" -> administration.reactivate(company, id);
                default -> administration.reinvite(company, id);
            }
            redirect.addFlashAttribute("notice", "admin.users.done." + action);
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", FormErrors.text(e, locale));
        }
        return back("/admin/users", company);
    }

    /**
     * The company the page manages: the one asked for, else the caller's own; empty when the operator has
     * not picked one yet (the picker is in the model then). 403 from {@link CompanyAdministration} for
     * anyone who does not manage it.
     */
    private Optional<CompanyAdministration.Company> managed(String requested, String page, Model model) {
        Caller caller = callers.require();
        String code = requested == null || requested.isBlank() ? caller.companyCode() : requested.strip();
        if (code == null) {
            model.addAttribute("companies", administration.companies());
            model.addAttribute("page", page);
            return Optional.empty();
        }
        CompanyAdministration.Company company = administration.company(code);
        model.addAttribute("company", company);
        return Optional.of(company);
    }

    private Function<String, String> inviteLabel(Locale locale) {
        return field -> labels.message("admin.users." + field, locale);
    }

    private static List<BusinessType> orEmpty(List<BusinessType> types) {
        return types == null ? List.of() : types;
    }

    private static String back(String page, String company) {
        return "redirect:" + UriComponentsBuilder.fromPath(page).queryParam("company", company).encode().build()
                .toUriString();
    }
}

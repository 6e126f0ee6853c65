package io.minato.hub.app.company;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.security.CompanyUser;
import io.minato.hub.app.security.Invitations;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.UserAccounts;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What a company's administrator (or the hub's operator) does to the company's organizations (組織) and
 * people, for the API and the portal alike: every method first asks {@link CompanyAccess} whether the
 * caller manages the company, then applies the rules (an organization takes only business types its
 * company holds, names are unique, a user is invited into one of the company's own organizations).
 */
@Service
public class CompanyAdministration {

    static final int MAX_NAME = 140;

    /** The company as its administration pages show it. */
    public record Company(long id, String code, String name, List<BusinessType> businessTypes) {

        static Company of(CompanyRow row) {
            return new Company(row.id(), row.code(), row.name(), row.businessTypes());
        }
    }

    /** Someone to invite into an organization; the constraints hold for the API's body and the portal's form. */
    public record UserInvitation(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String login,
                                 @NotBlank @Size(max = MAX_NAME) @JsonAlias("name") String displayName,
                                 @NotBlank @Email String email, @NotNull Long organizationId) {
    }

    private final CompanyAccess access;
    private final CompanyMapper companies;
    private final OrganizationMapper organizations;
    private final UserAccounts accounts;
    private final Invitations invitations;
    private final Callers callers;

    CompanyAdministration(CompanyAccess access, CompanyMapper companies, OrganizationMapper organizations,
                          UserAccounts accounts, Invitations invitations, Callers callers) {
        this.access = access;
        this.companies = companies;
        this.organizations = organizations;
        this.accounts = accounts;
        this.invitations = invitations;
        this.callers = callers;
    }

    /** The company, once the caller may manage it (404 unknown, 403 neither its administrator nor the operator). */
    public Company company(String code) {
        return Company.of(access.manage(code).company());
    }

    /** The platform companies, for the operator's choice of which one to manage; 403 for anyone else. */
    public List<Company> companies() {
        callers.requireOperator();
        return companies.members().stream().map(Company::of).toList();
    }

    public List<Organization> organizations(String code) {
        return organizations.list(access.manage(code).company().id());
    }

    public Organization organization(String code, long id) {
        return find(access.manage(code).company(), id);
    }

    /** 409 when the company has an organization of that name, 422 for a business type it does not hold. */
    public Organization createOrganization(String code, String name, List<BusinessType> businessTypes) {
        CompanyAccess.Managed managed = access.manage(code);
        CompanyRow company = managed.company();
        String checkedName = checkedName(name);
        List<BusinessType> types = heldTypes(company, businessTypes);
        Long id = organizations.insertIfAbsent(company.id(), checkedName, types, managed.caller().userId());
        if (id == null) {
            throw nameTaken(checkedName);
        }
        return organizations.find(company.id(), id).orElseThrow();
    }

    /** Renames it and sets its business types; its users act in the new types from their next request. */
    public Organization updateOrganization(String code, long id, String name, List<BusinessType> businessTypes) {
        CompanyRow company = access.manage(code).company();
        find(company, id);
        String checkedName = checkedName(name);
        List<BusinessType> types = heldTypes(company, businessTypes);
        try {
            organizations.update(company.id(), id, checkedName, types);
        } catch (DuplicateKeyException e) {
            throw nameTaken(checkedName);
        }
        return find(company, id);
    }

    /** 409 while users belong to it or a deal names it (move the users first; deals keep their history). */
    public void deleteOrganization(String code, long id) {
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
    }

    public List<CompanyUser> users(String code) {
        return accounts.list(access.manage(code).company().id());
    }

    public CompanyUser user(String code, long id) {
        return accounts.get(access.manage(code).company().id(), id);
    }

    /**
     * The user exists at once (state INVITED) and gets its link by mail; it logs in only after choosing a
     * password. 422 for an organization of another company, 409 for a login in use.
     */
    public CompanyUser invite(String code, UserInvitation invitation) {
        CompanyAccess.Managed managed = access.manage(code);
        long companyId = managed.company().id();
        if (invitation.organizationId() == null || organizations.find(companyId, invitation.organizationId()).isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "organization " + invitation.organizationId()
                    + " is not one of company " + code + "'s / 組織 " + invitation.organizationId() + " は自社の組織ではありません");
        }
        PlatformUser user = invitations.invite(companyId, new Invitations.Invitee(invitation.login(),
                invitation.displayName(), invitation.email(), false, invitation.organizationId()),
                managed.caller().userId());
        return accounts.get(companyId, user.id());
    }

    /** A new link by mail; the earlier one stops working. 409 once the user has accepted. */
    public CompanyUser reinvite(String code, long id) {
        CompanyAccess.Managed managed = access.manage(code);
        invitations.reinvite(managed.company().id(), id, managed.caller().userId());
        return accounts.get(managed.company().id(), id);
    }

    public CompanyUser disable(String code, long id) {
        CompanyAccess.Managed managed = access.manage(code);
        return accounts.disable(managed.caller(), managed.company().id(), id);
    }

    public CompanyUser enable(String code, long id) {
        return accounts.enable(access.manage(code).company().id(), id);
    }

    /** Lifts the lock that failed logins put on the account. */
    public CompanyUser unlock(String code, long id) {
        return accounts.unlock(access.manage(code).company().id(), id);
    }

    /** Ends a suspension for disuse; the next year counts from now. */
    public CompanyUser reactivate(String code, long id) {
        return accounts.reactivate(access.manage(code).company().id(), id);
    }

    private Organization find(CompanyRow company, long id) {
        return organizations.find(company.id(), id)
                .orElseThrow(() -> ApiException.notFound("organization of company " + company.code(), id));
    }

    /** The API validates its body before; the portal's form arrives here as typed. */
    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "an organization needs a name of 1 to " + MAX_NAME
                    + " characters / 組織名は1文字以上" + MAX_NAME + "文字以内で入力してください");
        }
        return stripped;
    }

    /** The requested types, each once; 422 naming those the company does not hold. */
    private static List<BusinessType> heldTypes(CompanyRow company, List<BusinessType> requested) {
        List<BusinessType> types = requested == null ? List.of() : requested.stream().distinct().toList();
        List<BusinessType> foreign = types.stream().filter(type -> !company.businessTypes().contains(type)).toList();
        if (!foreign.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + company.code() + " does not hold "
                    + foreign + "; an organization takes only business types of its company (" + company.businessTypes()
                    + ") / 組織には自社が登録した事業種別だけを割り当てられます");
        }
        return types;
    }

    private static ApiException nameTaken(String name) {
        return new ApiException(HttpStatus.CONFLICT, "the company has an organization named " + name
                + " already / 組織「" + name + "」は既にあります");
    }
}

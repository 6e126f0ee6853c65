package io.minato.hub.app.company;

import com.fasterxml.jackson.annotation.JsonAlias;
import io.minato.hub.app.security.CompanyUser;
import io.minato.hub.app.security.Invitations;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.UserAccounts;
import io.minato.hub.app.support.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's people, managed by its administrator (or the hub's operator): invite a user into an
 * organization by mail, invite again, disable and enable, lift a login lock, reactivate an account
 * suspended for disuse; the list shows each one's state.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/users")
class CompanyUserController {

    record UserInvitation(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String login,
                          @NotBlank @Size(max = 140) @JsonAlias("name") String displayName,
                          @NotBlank @Email String email, @NotNull Long organizationId) {
    }

    private final UserAccounts accounts;
    private final Invitations invitations;
    private final OrganizationMapper organizations;
    private final CompanyAccess access;

    CompanyUserController(UserAccounts accounts, Invitations invitations, OrganizationMapper organizations,
                          CompanyAccess access) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.organizations = organizations;
        this.access = access;
    }

    /** The user exists at once (state INVITED) but logs in only after choosing a password through the mailed link. */
    @PostMapping
    ResponseEntity<CompanyUser> invite(@PathVariable String code, @Valid @RequestBody UserInvitation invitation) {
        CompanyAccess.Managed managed = access.manage(code);
        long companyId = managed.company().id();
        if (organizations.find(companyId, invitation.organizationId()).isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "organization " + invitation.organizationId()
                    + " is not one of company " + code + "'s / 組織 " + invitation.organizationId() + " は自社の組織ではありません");
        }
        PlatformUser user = invitations.invite(companyId, new Invitations.Invitee(invitation.login(),
                invitation.displayName(), invitation.email(), false, invitation.organizationId()),
                managed.caller().userId());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/users/" + user.id()))
                .body(accounts.get(companyId, user.id()));
    }

    @GetMapping
    List<CompanyUser> list(@PathVariable String code) {
        return accounts.list(access.manage(code).company().id());
    }

    @GetMapping("/{id}")
    CompanyUser get(@PathVariable String code, @PathVariable long id) {
        return accounts.get(access.manage(code).company().id(), id);
    }

    /** A new link by mail; the earlier one stops working. 409 once the user has accepted. */
    @PostMapping("/{id}/invitation")
    CompanyUser reinvite(@PathVariable String code, @PathVariable long id) {
        CompanyAccess.Managed managed = access.manage(code);
        invitations.reinvite(managed.company().id(), id, managed.caller().userId());
        return accounts.get(managed.company().id(), id);
    }

    @PostMapping("/{id}/disable")
    CompanyUser disable(@PathVariable String code, @PathVariable long id) {
        CompanyAccess.Managed managed = access.manage(code);
        return accounts.disable(managed.caller(), managed.company().id(), id);
    }

    @PostMapping("/{id}/enable")
    CompanyUser enable(@PathVariable String code, @PathVariable long id) {
        return accounts.enable(access.manage(code).company().id(), id);
    }

    /** Lifts the lock that failed logins put on the account. */
    @PostMapping("/{id}/unlock")
    CompanyUser unlock(@PathVariable String code, @PathVariable long id) {
        return accounts.unlock(access.manage(code).company().id(), id);
    }

    /** Ends a suspension for disuse; the next year counts from now. */
    @PostMapping("/{id}/reactivate")
    CompanyUser reactivate(@PathVariable String code, @PathVariable long id) {
        return accounts.reactivate(access.manage(code).company().id(), id);
    }
}

package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Platform users registered directly with a password (the hub's operator for anyone; a company's
 * administrator for its own company), the caller's own account, and the password change that also
 * replaces an initial password at first login. Invitations by mail are the usual way in for people.
 */
@RestController
class PlatformUserController {

    /** The password is write-only: it is never answered. */
    record Registration(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String login,
                        @NotBlank String displayName, @NotBlank @Size(min = 8, max = 128) String password,
                        String partyCode, boolean administrator, Long organizationId, @Email String email,
                        boolean mustChangePassword) {
    }

    record PasswordChange(@NotBlank String login, @NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    private final PlatformUsers users;
    private final Callers callers;

    PlatformUserController(PlatformUsers users, Callers callers) {
        this.users = users;
        this.callers = callers;
    }

    @PostMapping("/api/v1/platform-users")
    ResponseEntity<PlatformUser> register(@Valid @RequestBody Registration registration) {
        Caller caller = callers.require();
        boolean ownCompany = caller.companyCode() != null && caller.companyCode().equals(registration.partyCode());
        if (!caller.operator() && !(caller.administrator() && ownCompany)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only the hub's operator, or a company's administrator for"
                    + " its own company, registers users / 利用者を登録できるのは運営者と自社の管理者だけです");
        }
        if (registration.administrator() && !caller.operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "a company's administrator is registered by the hub's"
                    + " operator / 企業の管理者は運営者が登録します");
        }
        PlatformUser user = users.register(new PlatformUsers.NewUser(registration.login(), registration.displayName(),
                registration.password(), registration.partyCode(), registration.administrator(),
                registration.organizationId(), registration.email(), registration.mustChangePassword()));
        return ResponseEntity.created(URI.create("/api/v1/platform-users/" + user.id())).body(user);
    }

    @GetMapping("/api/v1/platform-users/me")
    PlatformUser me() {
        return users.requireCurrent();
    }

    /** Open without a login: the current password proves who it is (an initial one may not log in). */
    @PostMapping("/api/v1/password-change")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
        users.changePassword(change.login(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}

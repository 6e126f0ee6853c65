package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import jakarta.validation.Valid;
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
 * Platform users, the minimum issue 4 needs (who acts for which NACCS user). Issue 5 adds
 * organizations, roles and invitations; until then a user of a company registers users of that
 * company only, and the hub's operator (no company) registers anyone.
 */
@RestController
class PlatformUserController {

    /** The password is write-only: it is never answered. */
    record Registration(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String login,
                        @NotBlank String displayName, @NotBlank @Size(min = 8, max = 128) String password,
                        String partyCode) {
    }

    private final PlatformUsers users;

    PlatformUserController(PlatformUsers users) {
        this.users = users;
    }

    @PostMapping("/api/v1/platform-users")
    ResponseEntity<PlatformUser> register(@Valid @RequestBody Registration registration) {
        PlatformUser caller = users.requireCurrent();
        if (caller.partyCode() != null && !caller.partyCode().equals(registration.partyCode())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "a user of party " + caller.partyCode()
                    + " registers users of that party only / 自社の利用者のみ登録できます");
        }
        PlatformUser user = users.register(registration.login(), registration.displayName(), registration.password(),
                registration.partyCode());
        return ResponseEntity.created(URI.create("/api/v1/platform-users/" + user.id())).body(user);
    }

    @GetMapping("/api/v1/platform-users/me")
    PlatformUser me() {
        return users.requireCurrent();
    }
}

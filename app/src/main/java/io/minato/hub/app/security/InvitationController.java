package io.minato.hub.app.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accepting an invitation through the API (the mailed link opens the page {@code /invitation}, which
 * does the same). Open without a login: the token is the proof.
 */
@RestController
class InvitationController {

    record Acceptance(@NotBlank String password) {
    }

    /** Who may now log in, and as what. */
    record Accepted(String login, String companyCode, String role) {
    }

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    /** Whom the link invites into which company, and until when; 410 once it is used or expired. */
    @GetMapping("/api/v1/invitations/{token}")
    Invitations.InvitationView look(@PathVariable String token) {
        return invitations.look(token);
    }

    @PostMapping("/api/v1/invitations/{token}")
    Accepted accept(@PathVariable String token, @Valid @RequestBody Acceptance acceptance) {
        PlatformUser user = invitations.accept(token, acceptance.password());
        return new Accepted(user.login(), user.partyCode(), user.role());
    }
}

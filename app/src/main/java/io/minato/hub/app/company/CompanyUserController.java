package io.minato.hub.app.company;

import io.minato.hub.app.security.CompanyUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
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
 * suspended for disuse; the list shows each one's state. The rules live in {@link CompanyAdministration},
 * which the portal's pages call too.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/users")
class CompanyUserController {

    private final CompanyAdministration administration;

    CompanyUserController(CompanyAdministration administration) {
        this.administration = administration;
    }

    /** The user exists at once (state INVITED) but logs in only after choosing a password through the mailed link. */
    @PostMapping
    ResponseEntity<CompanyUser> invite(@PathVariable String code,
                                       @Valid @RequestBody CompanyAdministration.UserInvitation invitation) {
        CompanyUser user = administration.invite(code, invitation);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/users/" + user.id())).body(user);
    }

    @GetMapping
    List<CompanyUser> list(@PathVariable String code) {
        return administration.users(code);
    }

    @GetMapping("/{id}")
    CompanyUser get(@PathVariable String code, @PathVariable long id) {
        return administration.user(code, id);
    }

    /** A new link by mail; the earlier one stops working. 409 once the user has accepted. */
    @PostMapping("/{id}/invitation")
    CompanyUser reinvite(@PathVariable String code, @PathVariable long id) {
        return administration.reinvite(code, id);
    }

    @PostMapping("/{id}/disable")
    CompanyUser disable(@PathVariable String code, @PathVariable long id) {
        return administration.disable(code, id);
    }

    @PostMapping("/{id}/enable")
    CompanyUser enable(@PathVariable String code, @PathVariable long id) {
        return administration.enable(code, id);
    }

    /** Lifts the lock that failed logins put on the account. */
    @PostMapping("/{id}/unlock")
    CompanyUser unlock(@PathVariable String code, @PathVariable long id) {
        return administration.unlock(code, id);
    }

    /** Ends a suspension for disuse; the next year counts from now. */
    @PostMapping("/{id}/reactivate")
    CompanyUser reactivate(@PathVariable String code, @PathVariable long id) {
        return administration.reactivate(code, id);
    }
}

package io.minato.hub.app.naccs;

import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** NACCS 利用者登録 / 利用者紐付け: a company's NACCS users and the platform users who act for them. */
@RestController
class NaccsUserController {

    /**
     * A NACCS user as registered with NACCS for SMTP two-way. The password is write-only.
     *
     * @param password  8 characters at most, printable ASCII (the common part's password item)
     * @param charset   UTF-8 (default), EUC-JP or Shift_JIS: the charset of this user's messages
     * @param relayHost optional relay towards NACCS for this user (default: the hub's minato.naccs.smtp-host)
     * @param partyCode the company the NACCS user belongs to: the caller's own; only the hub's operator
     *                  (a platform user of no company) names another
     */
    record Registration(@NotNull @Pattern(regexp = "[0-9A-Z]{5}") String userCode,
                        @NotNull @Pattern(regexp = "Y[0-9A-Z]{2}", message = "must be 3 characters beginning with Y"
                                + " (SMTP two-way)") String identifier,
                        @NotNull @Pattern(regexp = "[\\x21-\\x7E]{1,8}", message = "must be 1 to 8 printable ASCII"
                                + " characters") String password,
                        @Pattern(regexp = "SMTP_TWO_WAY") String processingMethod,
                        @Pattern(regexp = "UTF-8|EUC-JP|Shift_JIS") String charset,
                        String relayHost, @Min(1) @Max(65535) Integer relayPort, String partyCode) {

        String charsetOrDefault() {
            return charset == null ? "UTF-8" : charset;
        }

        @Override
        public String toString() {
            return "Registration[" + userCode + identifier + ", password=********]";
        }
    }

    /** What the API shows of a NACCS user: never the password, only that one is set. */
    record NaccsUserView(long id, String userId, String userCode, String identifier, String partyCode,
                         String password, String processingMethod, String charset, String relayHost,
                         Integer relayPort, boolean active, List<String> linkedPlatformUsers,
                         Long inFlightSubmissionId, OffsetDateTime inFlightSince) {
    }

    record Links(@NotNull List<String> platformUsers) {
    }

    /** A new password (NACCS passwords expire); write-only like the first. */
    record PasswordChange(@NotNull @Pattern(regexp = "[\\x21-\\x7E]{1,8}", message = "must be 1 to 8 printable"
            + " ASCII characters") String password) {

        @Override
        public String toString() {
            return "PasswordChange[********]";
        }
    }

    private final NaccsUsers users;
    private final PlatformUsers platformUsers;
    private final NaccsMessages messages;

    NaccsUserController(NaccsUsers users, PlatformUsers platformUsers, NaccsMessages messages) {
        this.users = users;
        this.platformUsers = platformUsers;
        this.messages = messages;
    }

    @PostMapping("/api/v1/naccs/users")
    ResponseEntity<NaccsUserView> register(@Valid @RequestBody Registration registration) {
        NaccsUserRow user = users.register(platformUsers.requireCurrent(), registration);
        return ResponseEntity.created(URI.create("/api/v1/naccs/users/" + user.id())).body(view(user));
    }

    @GetMapping("/api/v1/naccs/users")
    List<NaccsUserView> list() {
        return users.visibleTo(platformUsers.requireCurrent()).stream().map(this::view).toList();
    }

    @GetMapping("/api/v1/naccs/users/{id}")
    NaccsUserView get(@PathVariable long id) {
        return view(users.manageable(platformUsers.requireCurrent(), id));
    }

    /** Replaces the platform users linked to the NACCS user (logins). */
    @PutMapping("/api/v1/naccs/users/{id}/links")
    NaccsUserView link(@PathVariable long id, @Valid @RequestBody Links links) {
        NaccsUserRow user = users.manageable(platformUsers.requireCurrent(), id);
        users.replaceLinks(user, links.platformUsers());
        return view(user);
    }

    /** Replaces the stored password (encrypted); 204. */
    @PutMapping("/api/v1/naccs/users/{id}/password")
    ResponseEntity<Void> changePassword(@PathVariable long id, @Valid @RequestBody PasswordChange change) {
        users.changePassword(users.manageable(platformUsers.requireCurrent(), id), change.password());
        return ResponseEntity.noContent().build();
    }

    /** The NACCS user's wire messages (both directions), without their content. */
    @GetMapping("/api/v1/naccs/users/{id}/messages")
    List<NaccsMessages.MessageSummary> messages(@PathVariable long id) {
        NaccsUserRow user = users.manageable(platformUsers.requireCurrent(), id);
        return messages.ofNaccsUser(user.userId(), user.userCode());
    }

    private NaccsUserView view(NaccsUserRow user) {
        return new NaccsUserView(user.id(), user.userId(), user.userCode(), user.identifier(), user.partyCode(),
                "********", user.processingMethod(), user.charset(), user.relayHost(), user.relayPort(),
                user.active(), users.linkedLogins(user.id()), user.inFlightSubmissionId(), user.inFlightSince());
    }
}

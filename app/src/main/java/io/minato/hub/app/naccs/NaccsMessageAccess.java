package io.minato.hub.app.naccs;

import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.WireMessage;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may see a NACCS message's content (電文): the NACCS terms allow it only to the NACCS user that
 * sent or received it, i.e. to platform users linked to that NACCS user. The owner is the wire
 * message's correlation key {@code naccsUser} (8-character user ID, outbound always, inbound when the
 * output matched a submission); without it the NACCS user of the {@code submissionId} it answers;
 * without that the 5-character {@code naccsUserCode} of the output's common part (any linked NACCS
 * user of that user code). A message with none of these is shown to nobody. Metadata (status,
 * correlation, size) stays visible; other channels are not affected.
 */
@Component
public class NaccsMessageAccess {

    /** Why the content is withheld, and the status a request for it gets. */
    public record Refusal(HttpStatus status, String reason) {
    }

    private final PlatformUsers platformUsers;
    private final NaccsUsers naccsUsers;
    private final NaccsSubmissionMapper submissions;

    NaccsMessageAccess(PlatformUsers platformUsers, NaccsUsers naccsUsers, NaccsSubmissionMapper submissions) {
        this.platformUsers = platformUsers;
        this.naccsUsers = naccsUsers;
        this.submissions = submissions;
    }

    /** Empty if the current caller may see the message's content. */
    public Optional<Refusal> refusal(WireMessage message) {
        if (message.channel() != Channel.NACCS_SMTP) {
            return Optional.empty();
        }
        return refusal(message.id(), message.correlation());
    }

    /**
     * Empty if the current caller may see the content of NACCS message {@code id}, known by its
     * correlation keys alone (lists need not load every raw mail to decide).
     */
    public Optional<Refusal> refusal(long id, Map<String, String> naccsCorrelation) {
        Optional<PlatformUser> caller = platformUsers.current();
        if (caller.isEmpty()) {
            return Optional.of(new Refusal(HttpStatus.UNAUTHORIZED, "the content of a NACCS message is shown only"
                    + " to the NACCS user that sent or received it: log in as a platform user linked to it"
                    + " / NACCS電文の内容は送受信したNACCS利用者にのみ表示されます"));
        }
        Map<String, String> correlation = naccsCorrelation == null ? Map.of() : naccsCorrelation;
        String userId = correlation.get("naccsUser");
        if (userId == null && correlation.get("submissionId") != null) {
            userId = submissions.find(Long.parseLong(correlation.get("submissionId")))
                    .map(SubmissionRow::naccsUserId).orElse(null);
        }
        String userCode = correlation.get("naccsUserCode");
        if (userId == null && userCode == null) {
            return Optional.of(new Refusal(HttpStatus.FORBIDDEN, "NACCS message " + id + " names no NACCS"
                    + " user, so its content is shown to nobody / 送受信したNACCS利用者が不明のため表示できません"));
        }
        if (naccsUsers.mayRead(caller.get(), userId, userCode)) {
            return Optional.empty();
        }
        String owner = userId != null ? "NACCS user " + userId : "NACCS user code " + userCode;
        return Optional.of(new Refusal(HttpStatus.FORBIDDEN, "platform user " + caller.get().login() + " is not linked"
                + " to " + owner + ", which sent or received NACCS message " + id + ": its content is"
                + " not shown / このNACCS電文を送受信したNACCS利用者に紐付けられていないため内容を表示できません"));
    }
}

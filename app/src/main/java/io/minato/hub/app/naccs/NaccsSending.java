package io.minato.hub.app.naccs;

import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Json;
import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.ItemPosition;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.routes.naccs.NaccsSettings;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a DRAFT into a QUEUED input, or says exactly why not: the acting platform user must be
 * linked to the NACCS user that sends; the items must satisfy the layout (mandatory items, item
 * lengths in the NACCS user's charset) and the message must fit NACCS's 700,000 bytes; and the
 * NACCS user must be free. SMTP two-way is one input, then its result, so a NACCS user with an input
 * in flight refuses the next (409) instead of queueing it: a queued second input would go out
 * the moment the first one's result arrives, which the user could not foresee or stop.
 */
@Service
class NaccsSending {

    private final NaccsSubmissionMapper submissions;
    private final NaccsUserMapper naccsUsers;
    private final NaccsUsers users;
    private final NaccsDrafts drafts;
    private final NaccsSettings settings;
    private final Events events;
    private final Json json;

    NaccsSending(NaccsSubmissionMapper submissions, NaccsUserMapper naccsUsers, NaccsUsers users, NaccsDrafts drafts,
                 NaccsSettings settings, Events events, Json json) {
        this.submissions = submissions;
        this.naccsUsers = naccsUsers;
        this.users = users;
        this.drafts = drafts;
        this.settings = settings;
        this.events = events;
        this.json = json;
    }

    /** Validates and queues the draft in one transaction; the caller hands it to the route after commit. */
    @Transactional
    void queue(long id, PlatformUser sender, String requestedNaccsUserId) {
        SubmissionRow row = submissions.findForUpdate(id).orElseThrow(() -> ApiException.notFound("NACCS submission", id));
        if (!"DRAFT".equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "NACCS submission " + id + " is " + row.status()
                    + " already; only a DRAFT is sent / 送信済みです");
        }
        NaccsUserRow naccsUser = choose(sender, requestedNaccsUserId);
        NaccsLayout layout = drafts.layout(row.businessCode());
        Map<String, String> items = json.readStringMap(row.items());
        check(layout, items, Charset.forName(naccsUser.charset()), row);
        if (naccsUsers.claim(naccsUser.id(), id, settings.replyTimeout().toSeconds()) == 0) {
            throw busy(naccsUser);
        }
        if (submissions.queue(id, naccsUser.id(), naccsUser.userId(), sender.id()) == 0) {
            throw new IllegalStateException("NACCS submission " + id + " left DRAFT while locked");
        }
        events.record(EventType.NACCS_SUBMITTED, row.dealId(), row.sourceDocumentId(), null,
                Map.of("submissionId", id, "businessCode", row.businessCode(), "naccsUser", naccsUser.userId(),
                        "sentBy", sender.login()));
    }

    private NaccsUserRow choose(PlatformUser sender, String requested) {
        List<NaccsUserRow> linked = users.linkedTo(sender);
        if (requested != null && !requested.isBlank()) {
            return linked.stream().filter(user -> user.userId().equals(requested.strip())).findFirst()
                    .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "platform user " + sender.login()
                            + " is not linked to NACCS user " + requested.strip() + " / NACCS利用者 " + requested.strip()
                            + " に紐付けられていません"));
        }
        if (linked.size() == 1) {
            return linked.get(0);
        }
        if (linked.isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "platform user " + sender.login() + " is not linked to any"
                    + " NACCS user, so it cannot send to NACCS / NACCS利用者に紐付けられていません");
        }
        throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "platform user " + sender.login() + " acts for "
                + linked.stream().map(NaccsUserRow::userId).toList() + ": say which with naccsUserId"
                + " / 送信するNACCS利用者を指定してください");
    }

    /** Mandatory items, item formats and lengths, and the message size: everything NACCS would refuse for form. */
    static void check(NaccsLayout layout, Map<String, String> items, Charset charset, SubmissionRow row) {
        List<ItemPosition> positions = layout.missingMandatory(items);
        if (!positions.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, row.businessCode() + " cannot be sent: mandatory"
                    + " items are empty / 必須項目が未入力です: " + String.join(", ", positions.stream()
                    .map(position -> itemName(layout, position)).toList()),
                    positions.stream().map(position -> problem(layout, position, "必須項目です / is mandatory")).toList());
        }
        try {
            // the password item is checked at registration; its value does not change the length
            InputCommonPart common = new InputCommonPart(row.businessCode(), "00000", "Y00", "", row.handOverInfo(),
                    row.inputIdNumber(), "", InputCommonPart.SEA);
            new NaccsMessage(common, layout.encode(items, charset), charset).toBytes();
        } catch (NaccsFormatException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, row.businessCode() + " cannot be sent in "
                    + charset.name() + ": " + e.getMessage(), List.of(problem(layout, e.position(), e.getMessage())));
        }
    }

    private static ApiException.FieldProblem problem(NaccsLayout layout, ItemPosition position, String what) {
        String key = position.repeat() > 0 ? NaccsLayout.key(position.item(), position.repeat()) : position.item();
        return new ApiException.FieldProblem("items." + key, itemName(layout, position) + " [" + position.describe()
                + "]: " + what);
    }

    private static String itemName(NaccsLayout layout, ItemPosition position) {
        return layout.items().stream().filter(item -> item.name().equals(position.item())).findFirst()
                .map(NaccsItemKeys::describe).orElse(position.item());
    }

    private ApiException busy(NaccsUserRow user) {
        NaccsUserRow now = naccsUsers.find(user.id()).orElseThrow();
        String holder = now.inFlightSubmissionId() == null ? "an input"
                : "submission " + now.inFlightSubmissionId() + " (" + submissions.find(now.inFlightSubmissionId())
                .map(SubmissionRow::businessCode).orElse("?") + ")";
        return new ApiException(HttpStatus.CONFLICT, "NACCS user " + user.userId() + " is busy: " + holder
                + " is in flight since " + now.inFlightSince() + ". SMTP two-way takes one input at a time; send"
                + " again once its result is in (or after the reply time-out of " + settings.replyTimeout().toSeconds()
                + " s) / NACCS利用者 " + user.userId() + " は送信中です（" + holder + "、" + now.inFlightSince()
                + " から）。処理結果の受信後に再度送信してください");
    }
}

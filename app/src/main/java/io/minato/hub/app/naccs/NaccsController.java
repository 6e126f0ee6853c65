package io.minato.hub.app.naccs;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Json;
import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.mappings.submission.SubmissionStatus;
import io.minato.hub.routes.support.Dispatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * NACCS business transactions for a deal: a draft prefilled from the deal's documents (with the
 * prefill report), edited, then sent; and what NACCS answered. Every call needs a platform user.
 */
@RestController
class NaccsController {

    record LayoutView(String code, String version, String titleJa, String titleEn) {
    }

    /** One item of the draft: what the layout says of it, its value and where the value came from. */
    record ItemView(String key, String name, String japaneseName, String englishName, boolean mandatory,
                    boolean applicable, String value, String source, boolean filled) {
    }

    /** A submission; {@code items}, {@code layout} and {@code prefill} only when one submission is asked for. */
    record SubmissionView(long id, long dealId, String businessCode, SubmissionStatus status, int version,
                          String naccsUserId, String handOverInfo, String inputIdNumber, Long sourceDocumentId,
                          LayoutView layout, List<ItemView> items, NaccsDrafts.PrefillReport prefill,
                          List<String> resultCodes, String exportControlNumber, String reason,
                          Long outboundMessageId, int sendAttempts, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
    }

    /** Item key → new value; null clears the item. */
    record ItemChanges(@NotNull Map<String, String> items) {
    }

    /** Which of the caller's NACCS users sends (user code + identifier); optional if the caller has one. */
    record SendRequest(String naccsUserId) {
    }

    private final NaccsDrafts drafts;
    private final NaccsSending sending;
    private final MyBatisNaccsSubmissionStore store;
    private final NaccsSubmissionMapper submissions;
    private final NaccsMessages messages;
    private final PlatformUsers platformUsers;
    private final DealMapper deals;
    private final Dispatch dispatch;
    private final Json json;
    private final Callers callers;
    private final DealAccess access;

    NaccsController(NaccsDrafts drafts, NaccsSending sending, MyBatisNaccsSubmissionStore store,
                    NaccsSubmissionMapper submissions, NaccsMessages messages, PlatformUsers platformUsers,
                    DealMapper deals, Dispatch dispatch, Json json, Callers callers, DealAccess access) {
        this.callers = callers;
        this.access = access;
        this.drafts = drafts;
        this.sending = sending;
        this.store = store;
        this.submissions = submissions;
        this.messages = messages;
        this.platformUsers = platformUsers;
        this.deals = deals;
        this.dispatch = dispatch;
        this.json = json;
    }

    /** A draft of the business, prefilled where the hub can; 201 with its items and prefill report. */
    @PostMapping("/api/v1/deals/{dealId}/naccs/{businessCode}")
    ResponseEntity<SubmissionView> draft(@PathVariable long dealId, @PathVariable String businessCode) {
        onDeal(dealId);
        long id = drafts.create(callers.require(), dealId, businessCode, platformUsers.requireCurrent());
        SubmissionView view = full(id);
        return ResponseEntity.created(URI.create("/api/v1/naccs/submissions/" + id)).eTag(etag(view)).body(view);
    }

    @GetMapping("/api/v1/deals/{dealId}/naccs")
    List<SubmissionView> list(@PathVariable long dealId) {
        onDeal(dealId);
        return submissions.findByDeal(dealId).stream().map(row -> view(row, false)).toList();
    }

    /** The deal's NACCS wire messages (both directions), without content. */
    @GetMapping("/api/v1/deals/{dealId}/naccs/messages")
    List<NaccsMessages.MessageSummary> messages(@PathVariable long dealId) {
        onDeal(dealId);
        return messages.ofDeal(dealId);
    }

    @GetMapping("/api/v1/naccs/submissions/{id}")
    ResponseEntity<SubmissionView> get(@PathVariable long id) {
        SubmissionView view = full(id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    /** Edits a draft's items; needs the version it was read at ({@code If-Match}, from {@code ETag}). */
    @PatchMapping("/api/v1/naccs/submissions/{id}")
    ResponseEntity<SubmissionView> edit(@PathVariable long id,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody ItemChanges changes) {
        PlatformUser editor = platformUsers.requireCurrent();
        drafts.edit(id, version(ifMatch), changes.items(), editor);
        SubmissionView view = full(id);
        return ResponseEntity.ok().eTag(etag(view)).body(view);
    }

    /**
     * Validates the draft and queues it for sending as the caller's NACCS user; 202, since NACCS
     * answers asynchronously. 422 names the items at fault; 409 if the NACCS user has an input in flight.
     */
    @PostMapping("/api/v1/naccs/submissions/{id}/send")
    ResponseEntity<SubmissionView> send(@PathVariable long id, @RequestBody(required = false) SendRequest request) {
        PlatformUser sender = platformUsers.requireCurrent();
        sending.queue(id, sender, request == null ? null : request.naccsUserId());
        try {
            dispatch.sendNaccsSubmission(id);
        } catch (RuntimeException e) {
            store.markFailed(id, "could not be queued: " + e.getMessage());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "submission " + id + " was validated but could not be queued; draft it again", e);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/naccs/submissions/" + id)).body(full(id));
    }

    /** 404 unless the deal exists and the caller is on it: NACCS work on a deal is its participants'. */
    private void onDeal(long dealId) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        access.requireParticipant(callers.require(), dealId);
    }

    private SubmissionView full(long id) {
        SubmissionRow row = submissions.find(id).orElseThrow(() -> ApiException.notFound("NACCS submission", id));
        if (!access.participant(callers.require(), row.dealId())) {
            throw ApiException.notFound("NACCS submission", id);
        }
        return view(row, true);
    }

    private SubmissionView view(SubmissionRow row, boolean withItems) {
        NaccsDrafts.PrefillReport prefill = row.prefill() == null ? null
                : json.read(row.prefill(), NaccsDrafts.PrefillReport.class);
        LayoutView layoutView = null;
        List<ItemView> items = null;
        if (withItems) {
            NaccsLayout layout = drafts.layout(row.businessCode());
            layoutView = new LayoutView(layout.code(), layout.version(), layout.description().titleJa(),
                    layout.description().titleEn());
            items = items(layout, json.readStringMap(row.items()), json.readStringMap(row.itemSources()),
                    prefill == null ? Map.of() : prefill.notApplicable());
        }
        return new SubmissionView(row.id(), row.dealId(), row.businessCode(), SubmissionStatus.valueOf(row.status()),
                row.version(), row.naccsUserId(), row.handOverInfo(), row.inputIdNumber(), row.sourceDocumentId(),
                layoutView, items, prefill, json.readStringList(row.resultCodes()), row.exportControlNumber(),
                row.reason(), row.outboundMessageId(), row.sendAttempts(), row.createdAt(), row.updatedAt());
    }

    /** Every layout item; a repeating one as each repetition that has a value, or its first if none has. */
    private static List<ItemView> items(NaccsLayout layout, Map<String, String> values, Map<String, String> sources,
                                        Map<String, String> notApplicable) {
        List<ItemView> views = new ArrayList<>();
        for (LayoutItem item : layout.items()) {
            List<String> keys = item.repeats()
                    ? values.keySet().stream().filter(key -> NaccsItemKeys.name(key).equals(item.name()))
                    .sorted(Comparator.comparingInt(NaccsController::repetition)).toList()
                    : List.of(item.name());
            if (keys.isEmpty()) {
                keys = List.of(NaccsLayout.key(item.name(), 1));
            }
            for (String key : keys) {
                String value = values.get(key);
                views.add(new ItemView(key, item.name(), item.japaneseName(), item.englishName(), item.mandatory(),
                        !notApplicable.containsKey(item.name()), value, sources.get(key), value != null));
            }
        }
        return views;
    }

    private static int repetition(String key) {
        int bracket = key.indexOf('[');
        return bracket < 0 ? 0 : Integer.parseInt(key.substring(bracket + 1, key.length() - 1));
    }

    private static String etag(SubmissionView view) {
        return "\"" + view.version() + "\"";
    }

    private static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED,
                    "send the draft's version as If-Match (the ETag of GET /api/v1/naccs/submissions/{id})");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "If-Match " + ifMatch + " is not a draft version", e);
        }
    }
}

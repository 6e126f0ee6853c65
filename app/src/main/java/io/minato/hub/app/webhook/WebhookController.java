package io.minato.hub.app.webhook;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Cursor;
import io.minato.hub.app.support.CursorPage;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's webhook targets, its delivery log, and replay. The signing secret is write-only: no
 * answer carries it, and {@code PUT} without one keeps the stored secret.
 */
@RestController
@Validated
class WebhookController {

    /** A target as registered: {@code events} empty or absent = all six webhook events. */
    record TargetRequest(@NotBlank @Size(max = 2000) String url, @Size(min = 16, max = 256) String secret,
                         List<@NotBlank String> events, Boolean active) {

        @Override
        public String toString() {
            return "TargetRequest[" + url + ", events=" + events + ", secret=********]";
        }
    }

    record TargetView(long id, String company, String url, List<String> events, boolean active,
                      OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record AttemptView(int attempt, int replay, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                       Integer statusCode, String error, String outcome) {
    }

    record DeliveryView(String historyId, String event, long eventId, String company, Long targetId, String url,
                        String status, int attempts, int replays, Integer lastStatusCode, String lastError,
                        OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, OffsetDateTime createdAt,
                        OffsetDateTime updatedAt, @JsonRawValue String payload, List<AttemptView> log) {
    }

    /** Cursors of the delivery log are refused by other lists. */
    private static final String DELIVERIES = "webhook-deliveries";
    private static final Set<String> STATUSES = Set.of("PENDING", "RETRYING", "DELIVERED", "FAILED");

    private final WebhookMapper mapper;
    private final WebhookSecretCipher cipher;
    private final Callers callers;

    WebhookController(WebhookMapper mapper, WebhookSecretCipher cipher, Callers callers) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.callers = callers;
    }

    @PostMapping("/api/v1/companies/{code}/webhooks")
    @Transactional
    ResponseEntity<TargetView> create(@PathVariable String code, @Valid @RequestBody TargetRequest request) {
        long partyId = partyId(code);
        if (request.secret() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "a webhook target needs a secret (16 to 256 characters)",
                    List.of(new ApiException.FieldProblem("secret", "must not be null")));
        }
        long id = mapper.nextTargetId();
        mapper.insertTarget(id, partyId, WebhookTargets.url(request.url()), cipher.encrypt(request.secret(), id),
                WebhookTargets.events(request.events()), request.active() == null || request.active());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/webhooks/" + id))
                .body(target(partyId, id));
    }

    @GetMapping("/api/v1/companies/{code}/webhooks")
    List<TargetView> list(@PathVariable String code) {
        return mapper.findTargets(partyId(code), null).stream().map(WebhookController::view).toList();
    }

    @GetMapping("/api/v1/companies/{code}/webhooks/{id}")
    TargetView get(@PathVariable String code, @PathVariable long id) {
        return target(partyId(code), id);
    }

    @PutMapping("/api/v1/companies/{code}/webhooks/{id}")
    @Transactional
    TargetView update(@PathVariable String code, @PathVariable long id, @Valid @RequestBody TargetRequest request) {
        long partyId = partyId(code);
        String secret = request.secret() == null ? null : cipher.encrypt(request.secret(), id);
        if (mapper.updateTarget(id, partyId, WebhookTargets.url(request.url()), secret,
                WebhookTargets.events(request.events()),
                request.active() == null || request.active()) == 0) {
            throw ApiException.notFound("webhook target of " + code, id);
        }
        return target(partyId, id);
    }

    @DeleteMapping("/api/v1/companies/{code}/webhooks/{id}")
    ResponseEntity<Void> delete(@PathVariable String code, @PathVariable long id) {
        if (mapper.deleteTarget(id, partyId(code)) == 0) {
            throw ApiException.notFound("webhook target of " + code, id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The delivery log, newest first; a page's {@code Link rel="next"} (and {@code X-Next-Cursor}) leads on. */
    @GetMapping("/api/v1/companies/{code}/webhooks/deliveries")
    ResponseEntity<List<DeliveryView>> deliveries(
            @PathVariable String code,
            @Parameter(description = "PENDING, RETRYING, DELIVERED or FAILED") @RequestParam(required = false) String status,
            @Parameter(description = "opaque position from the previous page's Link / X-Next-Cursor; absent = newest")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "100"))
            @RequestParam(defaultValue = "100") int limit) {
        if (status != null && !STATUSES.contains(status)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "status must be one of " + STATUSES);
        }
        Long beforeId = Cursor.decodeId(DELIVERIES, cursor).orElse(null);
        int size = CursorPage.limit(limit, 1000);
        CursorPage<WebhookMapper.DeliveryRow> page = CursorPage.of(DELIVERIES,
                mapper.findDeliveries(partyId(code), null, status, beforeId, size + 1), size, WebhookMapper.DeliveryRow::id);
        return new CursorPage<>(views(page.items()), page.next()).response();
    }

    /**
     * Sends a finished delivery again: the same payload and history id (receivers dedupe by it), as
     * a new attempt with a fresh retry budget. 202: the dispatcher queues it within a poll period.
     */
    @PostMapping("/api/v1/webhooks/deliveries/{historyId}/replay")
    @Transactional
    ResponseEntity<DeliveryView> replay(@PathVariable("historyId") String historyIdText) {
        String historyId = historyId(historyIdText);
        List<WebhookMapper.DeliveryRow> found = mapper.findDeliveries(null, historyId, null, null, 1);
        Caller caller = callers.require();
        if (found.isEmpty() || !caller.operator() && !found.get(0).partyCode().equals(caller.companyCode())) {
            throw new ApiException(HttpStatus.NOT_FOUND, "webhook delivery " + historyId + " does not exist");
        }
        if (mapper.replay(historyId) == 0) {
            WebhookMapper.DeliveryRow row = found.get(0);
            throw new ApiException(HttpStatus.CONFLICT, row.targetId() == null
                    ? "webhook delivery " + historyId + " cannot be replayed: its target was deleted"
                    : "webhook delivery " + historyId + " is " + row.status() + ": it is still being delivered");
        }
        return ResponseEntity.accepted().body(views(mapper.findDeliveries(null, historyId, null, null, 1)).get(0));
    }

    private List<DeliveryView> views(List<WebhookMapper.DeliveryRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttemptView>> attempts = mapper.attempts(rows.stream().map(WebhookMapper.DeliveryRow::id).toList())
                .stream().collect(Collectors.groupingBy(WebhookMapper.AttemptLogRow::deliveryId,
                        Collectors.mapping(a -> new AttemptView(a.attempt(), a.replay(), a.startedAt(), a.finishedAt(),
                                a.statusCode(), a.error(), a.outcome()), Collectors.toList())));
        return rows.stream().map(d -> new DeliveryView(d.historyId(), d.eventType(), d.eventId(), d.partyCode(),
                d.targetId(), d.url(), d.status(), d.attempts(), d.replays(), d.lastStatusCode(), d.lastError(),
                d.nextAttemptAt(), d.deliveredAt(), d.createdAt(), d.updatedAt(), d.payload(),
                attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    private TargetView target(long partyId, long id) {
        return mapper.findTargets(partyId, id).stream().findFirst().map(WebhookController::view)
                .orElseThrow(() -> ApiException.notFound("webhook target", id));
    }

    private static TargetView view(WebhookMapper.TargetRow row) {
        return new TargetView(row.id(), row.partyCode(), row.url(), WebhookTargets.events(row.events()), row.active(),
                row.createdAt(), row.updatedAt());
    }

    private static String historyId(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.NOT_FOUND, "webhook delivery " + text + " does not exist: not a history id");
        }
    }

    /**
     * The company whose webhooks the caller manages: its own, as administrator or API key (the admin menu
     * "Webhook 通知先"); the operator any. Others are told the company's webhooks do not exist.
     */
    private long partyId(String code) {
        Caller caller = callers.require();
        boolean manages = caller.operator() || code.equals(caller.companyCode())
                && (caller.administrator() || caller.kind() == Caller.Kind.API_CLIENT);
        if (!manages) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only company " + code + "'s administrator manages its"
                    + " webhooks / Webhook 通知先は自社の管理者のみ設定できます");
        }
        return mapper.partyId(code)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "company " + code + " does not exist"));
    }
}

package io.minato.hub.app.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.support.Json;
import io.minato.hub.routes.webhook.WebhookDeliveryStore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Webhook deliveries on PostgreSQL: the outbox fan-out, claims, attempts and their log. */
@Component
class MyBatisWebhookDeliveries implements WebhookDeliveryStore {

    private static final Logger log = LoggerFactory.getLogger(MyBatisWebhookDeliveries.class);

    private final WebhookMapper mapper;
    private final WebhookAudience audience;
    private final WebhookSecretCipher cipher;
    private final Json json;

    MyBatisWebhookDeliveries(WebhookMapper mapper, WebhookAudience audience, WebhookSecretCipher cipher, Json json) {
        this.mapper = mapper;
        this.audience = audience;
        this.cipher = cipher;
        this.json = json;
    }

    @Override
    @Transactional
    public int fanOut(int limit) {
        List<WebhookEvent> taken = mapper.lockOutbox(limit);
        if (taken.isEmpty()) {
            return 0;
        }
        int created = 0;
        for (WebhookEvent event : taken) {
            if (event.dealId() == null) {
                continue;
            }
            List<WebhookMapper.Candidate> candidates = mapper.candidates(event.dealId(), event.type(),
                    audience.removedParty(event).orElse(null));
            for (WebhookMapper.Candidate candidate : audience.receivers(event, candidates)) {
                String historyId = UUID.randomUUID().toString();
                created += mapper.insertDelivery(historyId, event.eventId(), candidate.targetId(),
                        candidate.partyId(), event.type(), payload(historyId, event));
            }
        }
        mapper.deleteOutbox(taken.stream().map(WebhookEvent::eventId).toList());
        if (created > 0) {
            log.info("webhooks: {} deliveries created for {} events", created, taken.size());
        }
        return taken.size();
    }

    /**
     * What a receiver gets: which event, on which deal and document, and the event's detail (a
     * summary, never a document's fields; the receiver reads those through the API, where its
     * permissions apply).
     */
    private String payload(String historyId, WebhookEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("historyId", historyId);
        body.put("event", event.type());
        body.put("eventId", event.eventId());
        body.put("occurredAt", event.occurredAt());
        body.put("dealId", event.dealId());
        body.put("dealNumber", event.dealNumber());
        body.put("documentId", event.documentId());
        body.put("documentType", event.documentType());
        body.put("wireMessageId", event.wireMessageId());
        body.put("detail", event.detail() == null ? Map.of() : json.read(event.detail(), JsonNode.class));
        return json.write(body);
    }

    @Override
    public List<DueDelivery> claimDue(int limit, Instant lockedUntil) {
        return mapper.claimDue(limit, lockedUntil).stream()
                .map(row -> new DueDelivery(UUID.fromString(row.historyId()), row.attempts()))
                .toList();
    }

    @Override
    public Optional<Attempt> startAttempt(UUID historyId, int attemptsSoFar, Instant lockedUntil) {
        return mapper.startAttempt(historyId.toString(), attemptsSoFar, lockedUntil)
                .map(row -> new Attempt(row.deliveryId(), UUID.fromString(row.historyId()), row.eventType(),
                        row.attempt(), row.roundAttempt(), row.replay(), row.url(),
                        cipher.decrypt(row.secretEncrypted(), row.targetId()), row.payload(), row.startedAt()));
    }

    @Override
    @Transactional
    public void finishAttempt(Attempt attempt, AttemptResult result) {
        mapper.insertAttempt(attempt.deliveryId(), attempt.attempt(), attempt.replay(), attempt.startedAt(),
                result.statusCode(), result.error(), result.outcome().name());
        mapper.finishDelivery(attempt.deliveryId(), attempt.attempt(), result.outcome().name(), result.statusCode(),
                result.error(), result.nextAttemptAt());
    }
}

package io.minato.hub.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ResolvedParticipant;
import io.minato.hub.mappings.party.ResolvedParty;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Webhooks end to end on the real hub: targets registered through the API, events recorded in the
 * hub's own transactions, deliveries through Artemis to a real HTTP receiver that checks the HMAC
 * signature itself (and answers 401 when it is wrong, which would fail the delivery).
 */
@ExtendWith(OutputCaptureExtension.class)
class WebhookIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the receiver got, and whether its signature matched the body. */
    record Received(String path, String event, String delivery, String signature, String timestamp, String body,
                    boolean signatureValid) {
    }

    @Autowired
    private Events events;
    @Autowired
    private DealParticipants participants;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcTemplate jdbc;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    /** Per path: the statuses to answer in turn, then 200. */
    private final Map<String, Deque<Integer>> script = new ConcurrentHashMap<>();
    /** Per path: the secret the receiver verifies with. */
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", this::receive);
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            String signature = exchange.getRequestHeaders().getFirst("X-Minato-Signature");
            boolean valid = signature != null && secrets.containsKey(path)
                    && MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                    ("sha256=" + hmac(secrets.get(path), body)).getBytes(StandardCharsets.US_ASCII));
            received.add(new Received(path, exchange.getRequestHeaders().getFirst("X-Minato-Event"),
                    exchange.getRequestHeaders().getFirst("X-Minato-Delivery"), signature,
                    exchange.getRequestHeaders().getFirst("X-Minato-Timestamp"),
                    new String(body, StandardCharsets.UTF_8), valid));
            Deque<Integer> statuses = script.get(path);
            Integer scripted = statuses == null ? null : statuses.poll();
            int status = !valid ? 401 : scripted == null ? 200 : scripted;
            exchange.sendResponseHeaders(status, -1);
        }
    }

    /** The receiver's own HMAC, independent of the hub's code. */
    private static String hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tellsOfADocumentOnlyParticipantsThePermissionMatrixLetsReadIt() throws Exception {
        String shipper = company("WHS", "SHIPPER");
        String trucker = company("WHT", "TRUCKER");
        String unregistered = company("WHU", null);
        register(unregistered, "/unregistered", "unregistered-secret-" + System.nanoTime(), List.of("DOCUMENT_SENT"));
        register(shipper, "/shipper", "shipper-secret-" + System.nanoTime(), List.of("DOCUMENT_SENT"));
        register(trucker, "/trucker", "trucker-secret-" + System.nanoTime(), List.of("DOCUMENT_SENT"));
        long dealId = deal();
        addParticipant(dealId, shipper, "CZ");
        addParticipant(dealId, trucker, "CA");
        // a party known only from EDIFACT, without registered business types, holds no rights
        addParticipant(dealId, unregistered, "NI");
        long documentId;
        try (java.io.InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            documentId = http.postForEntity("/api/v1/deals/" + dealId + "/documents", JSON.readTree(in), JsonNode.class)
                    .getBody().get("id").asLong();
        }

        // an S/I (UL040): the shipper writes it; a trucker holds NONE on it in config/permissions/matrix.yml
        transactions.executeWithoutResult(status -> events.record(EventType.DOCUMENT_SENT, dealId, documentId, null,
                Map.of("type", "UL040", "partner", "WEBHOOK-IT")));
        long eventId = jdbc.queryForObject("select max(id) from events where deal_id = ? and type = 'DOCUMENT_SENT'",
                Long.class, dealId);

        JsonNode delivered = awaitDelivery(shipper, d -> d.get("eventId").asLong() == eventId
                && d.get("status").asText().equals("DELIVERED"));
        assertThat(delivered.at("/payload/documentType").asText()).isEqualTo("UL040");
        // the fan-out of one event is one transaction: the shipper's delivery exists, so the trucker's would
        assertThat(deliveries(trucker, null)).noneMatch(d -> d.get("eventId").asLong() == eventId);
        assertThat(received).noneMatch(request -> request.path().equals("/trucker"));
        assertThat(deliveries(unregistered, null)).noneMatch(d -> d.get("eventId").asLong() == eventId);
    }

    @Test
    void deliversSignedEventsOnlyToParticipantsRetriesAFailingTargetAndReplays(CapturedOutput output) throws Exception {
        String member = company("WHM");
        String outsider = company("WHO");
        String memberSecret = "member-secret-" + System.nanoTime();
        String outsiderSecret = "outsider-secret-" + System.nanoTime();
        script.put("/member", new ArrayDeque<>(List.of(500, 500)));
        long memberTarget = register(member, "/member", memberSecret, List.of("DOCUMENT_SENT"));
        register(outsider, "/outsider", outsiderSecret, List.of());
        long dealId = deal();
        addParticipant(dealId, member, "FW");

        long eventId = recordDocumentSent(dealId);

        JsonNode delivery = awaitDelivery(member, d -> d.get("eventId").asLong() == eventId
                && d.get("status").asText().equals("DELIVERED"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("targetId").asLong()).isEqualTo(memberTarget);
        assertThat(delivery.get("log")).extracting(a -> a.get("outcome").asText())
                .containsExactly("RETRYING", "RETRYING", "DELIVERED");
        assertThat(delivery.get("log")).extracting(a -> a.get("statusCode").asInt()).containsExactly(500, 500, 200);
        assertThat(delivery.get("log").get(0).get("error").asText()).isEqualTo("HTTP 500");

        String historyId = delivery.get("historyId").asText();
        List<Received> toMember = requests("/member", historyId);
        assertThat(toMember).hasSize(3).allSatisfy(request -> {
            assertThat(request.signatureValid()).isTrue();
            assertThat(request.event()).isEqualTo("DOCUMENT_SENT");
            assertThat(request.timestamp()).matches("\\d{10}");
        });
        assertThat(toMember).extracting(Received::body).containsOnly(toMember.get(0).body());
        JsonNode payload = JSON.readTree(toMember.get(0).body());
        assertThat(payload.get("historyId").asText()).isEqualTo(historyId);
        assertThat(payload.get("event").asText()).isEqualTo("DOCUMENT_SENT");
        assertThat(payload.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(payload.get("detail").get("partner").asText()).isEqualTo("WEBHOOK-IT");

        // the outsider's target wants every event, but it takes no part in the deal: the fan-out that
        // created the member's delivery (one transaction per event) created none for it
        assertThat(deliveries(outsider, null)).isEmpty();
        assertThat(received).noneMatch(request -> request.path().equals("/outsider"));

        // replay: the same payload and history id, as a fourth attempt
        ResponseEntity<JsonNode> replay = http.postForEntity("/api/v1/webhooks/deliveries/" + historyId + "/replay",
                null, JsonNode.class);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode replayed = awaitDelivery(member, d -> d.get("historyId").asText().equals(historyId)
                && d.get("attempts").asInt() == 4 && d.get("status").asText().equals("DELIVERED"));
        assertThat(replayed.get("replays").asInt()).isEqualTo(1);
        assertThat(replayed.get("log").get(3).get("replay").asInt()).isEqualTo(1);
        List<Received> afterReplay = requests("/member", historyId);
        assertThat(afterReplay).hasSize(4);
        assertThat(afterReplay.get(3).body()).isEqualTo(toMember.get(0).body());
        assertThat(afterReplay.get(3).signatureValid()).isTrue();

        assertSecretsNowhere(output, member, memberSecret);
        assertSecretsNowhere(output, outsider, outsiderSecret);
    }

    @Test
    void failsAfterTheLastAttemptWithTheReasonAndReplaysWithAFreshBudget() throws Exception {
        String company = company("WHF");
        script.put("/down", new ArrayDeque<>(List.of(503, 503, 503)));
        register(company, "/down", "down-secret-0123456789", List.of("DOCUMENT_SENT"));
        long dealId = deal();
        addParticipant(dealId, company, "CZ");
        long eventId = recordDocumentSent(dealId);

        JsonNode failed = awaitDelivery(company, d -> d.get("eventId").asLong() == eventId
                && d.get("status").asText().equals("FAILED"));
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("lastStatusCode").asInt()).isEqualTo(503);
        assertThat(failed.get("lastError").asText()).isEqualTo("HTTP 503 (gave up after 3 attempts)");
        assertThat(deliveries(company, "FAILED")).extracting(d -> d.get("eventId").asLong()).contains(eventId);

        // a FAILED delivery is replayed with a fresh budget of attempts; the receiver now answers 200
        String historyId = failed.get("historyId").asText();
        assertThat(http.postForEntity("/api/v1/webhooks/deliveries/" + historyId + "/replay", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode delivered = awaitDelivery(company, d -> d.get("historyId").asText().equals(historyId)
                && d.get("status").asText().equals("DELIVERED"));
        assertThat(delivered.get("attempts").asInt()).isEqualTo(4);
        assertThat(http.postForEntity("/api/v1/webhooks/deliveries/00000000-0000-0000-0000-000000000000/replay",
                null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.postForEntity("/api/v1/webhooks/deliveries/not-a-history-id/replay", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPartyJoiningADealIsAnOrganizationAddedEventForItsParticipants() throws Exception {
        String company = company("WHA");
        register(company, "/added", "added-secret-0123456789", List.of("ORGANIZATION_ADDED"));
        long dealId = deal();

        addParticipant(dealId, company, "BA");

        JsonNode delivery = awaitDelivery(company, d -> d.get("event").asText().equals("ORGANIZATION_ADDED")
                && d.get("payload").get("dealId").asLong() == dealId && d.get("status").asText().equals("DELIVERED"));
        assertThat(delivery.get("payload").get("detail").get("party").asText()).isEqualTo(company);
        assertThat(delivery.get("payload").get("detail").get("role").asText()).isEqualTo("BA");
        // the same participant again adds nothing, so tells nobody
        addParticipant(dealId, company, "BA");
        assertThat(jdbc.queryForObject("select count(*) from events where deal_id = ? and type = 'ORGANIZATION_ADDED'",
                Long.class, dealId)).isEqualTo(1L);
    }

    @Test
    void aRemovedCompanyIsToldOfItsOwnRemovalAndOfNothingAfter() {
        String removed = company("WHR");
        String stays = company("WHS");
        register(removed, "/removed", "removed-secret-0123456789", List.of("ORGANIZATION_REMOVED", "DOCUMENT_SENT"));
        register(stays, "/stays", "stays-secret-01234567890", List.of("ORGANIZATION_REMOVED"));
        long dealId = deal();
        addParticipant(dealId, removed, "CZ");
        addParticipant(dealId, stays, "CN");

        assertThat(http.exchange("/api/v1/deals/{d}/participants/{c}", HttpMethod.DELETE, null, Void.class, dealId,
                removed).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        long sentAfter = recordDocumentSent(dealId);

        JsonNode own = awaitDelivery(removed, d -> d.get("event").asText().equals("ORGANIZATION_REMOVED")
                && d.get("payload").get("dealId").asLong() == dealId && d.get("status").asText().equals("DELIVERED"));
        assertThat(own.get("payload").get("detail").get("party").asText()).isEqualTo(removed);
        JsonNode told = awaitDelivery(stays, d -> d.get("event").asText().equals("ORGANIZATION_REMOVED")
                && d.get("payload").get("dealId").asLong() == dealId);
        assertThat(told.get("payload").get("detail").get("party").asText()).isEqualTo(removed);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from webhook_outbox where event_id = ?", Long.class, sentAfter) == 0);
        assertThat(deliveries(removed, null)).noneMatch(d -> d.get("eventId").asLong() == sentAfter);
    }

    @Test
    void targetsAreManagedThroughTheApiAndTheSecretIsWriteOnly(CapturedOutput output) {
        String company = company("WHT");
        String secret = "target-secret-" + System.nanoTime();
        long id = register(company, "/managed", secret, List.of("DEAL_CREATED", "DOCUMENT_SENT"));

        String newSecret = "rotated-secret-" + System.nanoTime();
        ResponseEntity<JsonNode> updated = http.exchange("/api/v1/companies/" + company + "/webhooks/" + id,
                HttpMethod.PUT, new HttpEntity<>(Map.of("url", "http://127.0.0.1:1/other", "secret", newSecret,
                        "events", List.of("NACCS_DATA_RECEIVED"), "active", false)), JsonNode.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("events")).extracting(JsonNode::asText).containsExactly("NACCS_DATA_RECEIVED");
        assertThat(updated.getBody().get("active").asBoolean()).isFalse();

        ResponseEntity<JsonNode> unknownEvent = http.postForEntity("/api/v1/companies/" + company + "/webhooks",
                Map.of("url", "http://127.0.0.1:1/x", "secret", secret, "events", List.of("DOCUMENT_CREATED")),
                JsonNode.class);
        assertThat(unknownEvent.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        ResponseEntity<JsonNode> notHttp = http.postForEntity("/api/v1/companies/" + company + "/webhooks",
                Map.of("url", "ftp://example.com/x", "secret", secret), JsonNode.class);
        assertThat(notHttp.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(http.postForEntity("/api/v1/companies/NOSUCHCO/webhooks",
                Map.of("url", "http://127.0.0.1:1/x", "secret", secret), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String listed = http.getForObject("/api/v1/companies/" + company + "/webhooks", String.class);
        assertThat(listed).contains("/other").doesNotContain(secret).doesNotContain(newSecret)
                .doesNotContain("secret");
        String stored = jdbc.queryForObject("select secret_encrypted from webhook_targets where id = ?", String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain(newSecret);
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(newSecret);

        assertThat(http.exchange("/api/v1/companies/" + company + "/webhooks/" + id, HttpMethod.DELETE, null,
                Void.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.getForEntity("/api/v1/companies/" + company + "/webhooks/" + id, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void assertSecretsNowhere(CapturedOutput output, String company, String secret) {
        assertThat(http.getForObject("/api/v1/companies/" + company + "/webhooks", String.class)).doesNotContain(secret);
        assertThat(http.getForObject("/api/v1/companies/" + company + "/webhooks/deliveries", String.class))
                .doesNotContain(secret);
        assertThat(output.getAll()).doesNotContain(secret);
    }

    private List<Received> requests(String path, String historyId) {
        return received.stream().filter(r -> r.path().equals(path) && historyId.equals(r.delivery())).toList();
    }

    private JsonNode awaitDelivery(String company, java.util.function.Predicate<JsonNode> wanted) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> deliveries(company, null).stream().filter(wanted).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
    }

    private List<JsonNode> deliveries(String company, String status) {
        JsonNode list = http.getForObject("/api/v1/companies/" + company + "/webhooks/deliveries"
                + (status == null ? "" : "?status=" + status), JsonNode.class);
        return java.util.stream.StreamSupport.stream(list.spliterator(), false).toList();
    }

    private String company(String prefix) {
        return company(prefix, "SHIPPER");
    }

    /** A company with one business type, or none for {@code null}. */
    private String company(String prefix, String businessType) {
        String code = prefix + (System.nanoTime() % 1_000_000);
        List<String> businessTypes = businessType == null ? List.of() : List.of(businessType);
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/parties/" + code, HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "Webhook IT " + code, "businessTypes", businessTypes)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return code;
    }

    private long register(String company, String path, String secret, List<String> eventTypes) {
        secrets.put(path, secret);
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/companies/" + company + "/webhooks",
                Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + path, "secret", secret,
                        "events", eventTypes), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().toString()).doesNotContain(secret);
        return created.getBody().get("id").asLong();
    }

    private long deal() {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "WH" + System.nanoTime(), "carrierCode", "ONEY"), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }

    private void addParticipant(long dealId, String company, String role) {
        long partyId = jdbc.queryForObject("select id from parties where code = ?", Long.class, company);
        transactions.executeWithoutResult(status -> participants.addParticipants(dealId,
                List.of(new ResolvedParticipant(role, new ResolvedParty(partyId, company, company, "test"))), null));
    }

    /** What EdifactSendService records when a document goes out; recorded here without a partner round trip. */
    private long recordDocumentSent(long dealId) {
        transactions.executeWithoutResult(status -> events.record(EventType.DOCUMENT_SENT, dealId, null, null,
                Map.of("type", "UL040", "partner", "WEBHOOK-IT")));
        return jdbc.queryForObject("select max(id) from events where deal_id = ? and type = 'DOCUMENT_SENT'",
                Long.class, dealId);
    }
}

package io.minato.hub.app.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.connectors.tradewaltz.TradeWaltzSignature;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the TradeWaltz ITs share: the simulator (started with the hub on {@link #TRADEWALTZ_PORT}) played as
 * exporters and importers through its admin surface, parties registered in the party table by their
 * TradeWaltz ids, requests built fresh per test, and ways to find what the hub made of them.
 */
abstract class TradeWaltzItSupport extends HubIntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    /** application.yml's development webhook secret, which the test profile keeps. */
    protected static final String WEBHOOK_SECRET = "tradewaltz-dev-webhook-secret";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A company registered with its TradeWaltz id; answers its code (the TradeWaltz id is "TW-" + code). */
    protected String tradeWaltzCompany(String prefix, BusinessType type) {
        String code = PlatformFixtures.company(http, prefix, type);
        ResponseEntity<JsonNode> answer = http.exchange("/api/v1/parties/{code}/identifiers/TRADEWALTZ/{id}",
                HttpMethod.PUT, null, JsonNode.class, code, "TW-" + code);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("identifier: %s", answer.getBody()).isTrue();
        return code;
    }

    /** A fresh export shipping request of exporter → forwarder (party codes), version 1. */
    protected static ObjectNode exportRequest(String exporter, String forwarder) {
        String key = unique("EX");
        ObjectNode request = read("""
                {"requestId": "TWR-%1$s", "version": 1, "kind": "EXPORT_SHIPPING_REQUEST", "tradeId": "TWT-%1$s",
                 "linkageId": "TWL-%1$s",
                 "parties": {
                   "exporter": {"id": "TW-%2$s", "name": "%2$s Co., Ltd.", "address": ["1-1 KAIGANDORI"],
                                "city": "YOKOHAMA", "countryCode": "JP"},
                   "forwarder": {"id": "TW-%3$s", "name": "%3$s Co., Ltd."},
                   "consignee": {"id": "TW-US-0042", "name": "PACIFIC IMPORTS INC.", "city": "LONG BEACH",
                                 "countryCode": "US"}},
                 "transport": {"carrierCode": "ONEY", "vesselName": "ONE HARMONY", "voyageNo": "042E",
                               "portOfLoading": "JPYOK", "portOfDischarge": "USLGB", "etd": "2026-07-02"},
                 "bookingNo": "BK%1$s", "invoiceNo": "INV-%1$s",
                 "goods": [{"description": "AUTO PARTS", "packages": 120, "packageUnit": "CT", "grossWeightKg": 2450.5,
                            "measurementM3": 18.2, "marks": "YS/LGB", "containerNos": ["ONEU1234567"],
                            "hsCode": "870830"}]}
                """.formatted(key, exporter, forwarder));
        return request;
    }

    /** A fresh import handling request of importer → forwarder, with clearance (UL280 and UL270). */
    protected static ObjectNode importRequest(String importer, String forwarder) {
        String key = unique("IM");
        return read("""
                {"requestId": "TWR-%1$s", "version": 1, "kind": "IMPORT_HANDLING_REQUEST", "tradeId": "TWT-%1$s",
                 "linkageId": "TWL-%1$s",
                 "parties": {
                   "importer": {"id": "TW-%2$s", "naccsCode": "JPIM%1$s", "name": "%2$s Co., Ltd.", "countryCode": "JP"},
                   "forwarder": {"id": "TW-%3$s", "name": "%3$s Co., Ltd."},
                   "exporter": {"name": "SHANGHAI GARMENTS CO., LTD.", "city": "SHANGHAI", "countryCode": "CN"}},
                 "transport": {"carrierCode": "ONEY", "vesselName": "ONE HARMONY", "voyageNo": "043W",
                               "portOfLoading": "CNSHA", "portOfDischarge": "JPTYO", "eta": "2026-07-20"},
                 "blNo": "BL%1$s", "invoiceNo": "SG-%1$s",
                 "goods": [{"description": "COTTON T-SHIRTS", "packages": 300, "packageUnit": "CT", "grossWeightKg": 3100,
                            "measurementM3": 25.5, "containerNos": ["TCLU7654321"]},
                           {"description": "SOCKS", "packages": 20, "packageUnit": "CT", "grossWeightKg": 150.25}],
                 "handling": {"clearance": "IMPORT_DECLARATION", "customsClearance": true, "delivery": true,
                              "deliveryAddress": "東京都江東区青海2-4", "requestedDeliveryDate": "2026-07-23"},
                 "remarks": "午前中配達希望"}
                """.formatted(key, importer, forwarder));
    }

    /** The request as the exporter or importer submits it on TradeWaltz: into the feed and pushed by webhook. */
    protected static void submit(JsonNode request) {
        HttpResponse<String> answer = admin("POST", "/requests", request.toString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    }

    protected static void failWebhooks() {
        assertThat(admin("POST", "/webhook/fail", "").statusCode()).isEqualTo(204);
    }

    protected static void deliverWebhooks() {
        assertThat(admin("POST", "/webhook/deliver", "").statusCode()).isEqualTo(204);
    }

    protected static JsonNode webhookDeliveries() {
        return read(admin("GET", "/webhook/deliveries", null).body()).get("deliveries");
    }

    /** The status updates TradeWaltz received for the linkage. */
    protected static JsonNode statusUpdates(String linkageId) {
        return read(admin("GET", "/status-updates?linkageId=" + linkageId, null).body()).get("updates");
    }

    /** Waits until TradeWaltz has received the status for the linkage; answers it. */
    protected static JsonNode awaitStatusUpdate(String linkageId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> StreamSupport.stream(statusUpdates(linkageId).spliterator(), false)
                        .filter(update -> status.equals(update.get("status").asText())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** Waits for the webhook wire message that brought the request version and for it to be finished; answers it. */
    protected JsonNode awaitWebhookMessage(String requestId, int version) {
        String key = requestId + " v" + version;
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode messages = http.getForObject("/api/v1/messages?channel=TRADEWALTZ&direction=IN&limit=100",
                    JsonNode.class);
            return StreamSupport.stream(messages.spliterator(), false)
                    .filter(message -> "webhook".equals(message.at("/correlation/via").asText()))
                    .filter(message -> message.at("/correlation/requestIds").asText().contains(key))
                    .filter(message -> !"RECEIVED".equals(message.get("status").asText()))
                    .findFirst();
        }, Optional::isPresent).orElseThrow();
    }

    /** POSTs a webhook body to the hub as TradeWaltz would, with the given signature header (or none). */
    protected ResponseEntity<JsonNode> postWebhook(byte[] body, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set(TradeWaltzApi.SIGNATURE_HEADER, signature);
        }
        return anonymous.exchange("/api/v1/tradewaltz/webhook", HttpMethod.POST, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    /** POSTs the request as a correctly signed webhook; answers the wire message id. */
    protected long postSigned(String request) {
        byte[] body = ("{\"event\":\"REQUEST_SUBMITTED\",\"deliveryId\":\"" + unique("D") + "\",\"request\":" + request
                + "}").getBytes(StandardCharsets.UTF_8);
        ResponseEntity<JsonNode> answer = postWebhook(body, TradeWaltzSignature.sign(WEBHOOK_SECRET, Instant.now(), body));
        assertThat(answer.getStatusCode()).as("webhook: %s", answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return answer.getBody().get("wireMessageId").asLong();
    }

    /** One poll as the operator asks for it; waits until every page it archived is finished. */
    protected JsonNode pollAndProcess() {
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/tradewaltz/poll", null, JsonNode.class);
        assertThat(answer.getStatusCode()).as("poll: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode outcome = answer.getBody();
        assertThat(outcome.get("ran").asBoolean()).as("poll ran: %s", outcome).isTrue();
        assertThat(outcome.path("error").asText(null)).as("poll error: %s", outcome).isNull();
        for (JsonNode id : outcome.get("wireMessages")) {
            awaitFinished(id.asLong());
        }
        return outcome;
    }

    /** The archived page of a poll that carried the request version. */
    protected JsonNode pageCarrying(JsonNode poll, String requestId, int version) {
        return StreamSupport.stream(poll.get("wireMessages").spliterator(), false)
                .map(id -> message(id.asLong()))
                .filter(page -> page.at("/correlation/requestIds").asText().contains(requestId + " v" + version))
                .findFirst().orElseThrow(() -> new AssertionError("no page of " + poll + " carried " + requestId));
    }

    protected JsonNode tradeWaltz(long dealId) {
        return http.getForObject("/api/v1/deals/" + dealId + "/tradewaltz", JsonNode.class);
    }

    protected JsonNode document(long dealId, String type) {
        JsonNode deal = http.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        return StreamSupport.stream(deal.get("documents").spliterator(), false)
                .filter(document -> type.equals(document.get("type").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("deal " + dealId + " has no " + type + ": " + deal));
    }

    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000_000L, 36).toUpperCase() + SERIAL.incrementAndGet();
    }

    protected static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> admin(String method, String action, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + TRADEWALTZ_PORT
                + "/tradewaltz/admin" + action));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

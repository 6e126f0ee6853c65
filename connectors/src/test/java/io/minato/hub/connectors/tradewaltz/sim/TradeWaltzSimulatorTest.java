package io.minato.hub.connectors.tradewaltz.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.connectors.tradewaltz.TradeWaltzSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator over real HTTP: feed paging by cursor, signed webhook pushes, status updates, failing webhooks. */
class TradeWaltzSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WEBHOOK_SECRET = "sim-test-webhook-secret";
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String[]> pushed = new CopyOnWriteArrayList<>();
    private HttpServer hub;
    private TradeWaltzSimulator simulator;

    @BeforeEach
    void start() throws IOException {
        hub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        hub.createContext("/webhook", exchange -> {
            try (exchange) {
                pushed.add(new String[] {exchange.getRequestHeaders().getFirst(TradeWaltzApi.SIGNATURE_HEADER),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
                exchange.sendResponseHeaders(202, -1);
            }
        });
        hub.start();
        simulator = new TradeWaltzSimulator(new TradeWaltzSimulatorSettings("127.0.0.1", 0, "hub", "client-secret",
                WEBHOOK_SECRET, "http://127.0.0.1:" + hub.getAddress().getPort() + "/webhook", "", 2));
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.close();
        hub.stop(0);
    }

    @Test
    void pushesEachSubmittedRequestSignedAndServesThemAllInTheFeedByCursor() throws Exception {
        submit("[" + request("TWR-1", 1) + "," + request("TWR-1", 2) + "," + request("TWR-2", 1) + "]");

        await().atMost(Duration.ofSeconds(10)).until(() -> pushed.size() == 3);
        for (String[] push : pushed) {
            assertThat(TradeWaltzSignature.refusal(WEBHOOK_SECRET, push[0], push[1].getBytes(StandardCharsets.UTF_8),
                    Instant.now(), Duration.ofMinutes(1))).isEmpty();
            assertThat(JSON.readTree(push[1]).get("event").asText()).isEqualTo("REQUEST_SUBMITTED");
        }
        JsonNode first = feed(null);
        assertThat(first.get("requests")).extracting(request -> request.get("version").asInt()).containsExactly(1, 2);
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        JsonNode second = feed(first.get("cursor").asText());
        assertThat(second.get("requests")).singleElement()
                .satisfies(request -> assertThat(request.get("requestId").asText()).isEqualTo("TWR-2"));
        assertThat(second.get("hasMore").asBoolean()).isFalse();
        assertThat(feed(second.get("cursor").asText()).get("requests")).isEmpty();
    }

    @Test
    void aFailingWebhookPushesNothingWhileTheFeedStillHasTheRequest() throws Exception {
        admin("POST", "/webhook/fail", "");
        submit(request("TWR-9", 1));

        await().atMost(Duration.ofSeconds(10)).until(() -> admin("GET", "/webhook/deliveries", null).body()
                .contains("NOT_DELIVERED"));
        assertThat(pushed).isEmpty();
        assertThat(feed(null).get("requests")).hasSize(1);
    }

    @Test
    void recordsStatusUpdatesOfKnownLinkagesFromTheAuthenticatedClientOnly() throws Exception {
        submit(request("TWR-3", 1));

        HttpResponse<String> accepted = status("TWL-TWR-3", "{\"status\":\"ACCEPTED\",\"dealNumber\":\"EXP_1\"}", true);
        HttpResponse<String> unknown = status("TWL-NONE", "{\"status\":\"ACCEPTED\"}", true);
        HttpResponse<String> anonymous = status("TWL-TWR-3", "{\"status\":\"PERMITTED\"}", false);
        HttpResponse<String> wrong = status("TWL-TWR-3", "{\"status\":\"SHIPPED\"}", true);

        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(400);
        JsonNode updates = JSON.readTree(admin("GET", "/status-updates?linkageId=TWL-TWR-3", null).body()).get("updates");
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(update.get("dealNumber").asText()).isEqualTo("EXP_1");
        });
    }

    private static String request(String id, int version) {
        return "{\"requestId\":\"" + id + "\",\"version\":" + version + ",\"linkageId\":\"TWL-" + id + "\"}";
    }

    private void submit(String body) throws Exception {
        assertThat(admin("POST", "/requests", body).statusCode()).isEqualTo(201);
    }

    private JsonNode feed(String cursor) throws Exception {
        HttpResponse<String> answer = client.send(authorized(HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                + TradeWaltzApi.REQUESTS + "?" + TradeWaltzApi.requestsQuery(cursor, 10)))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> status(String linkageId, String body, boolean authorized) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl()
                + TradeWaltzApi.statusPath(linkageId))).POST(HttpRequest.BodyPublishers.ofString(body));
        return client.send((authorized ? authorized(request) : request).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString("hub:client-secret".getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> admin(String method, String action, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port()
                        + TradeWaltzSimulator.ADMIN_PATH + action))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}

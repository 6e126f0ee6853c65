package io.minato.hub.app.colins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.colins.CheckDigits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the Colins ITs share: the simulator the hub polls (started with the hub on {@link #COLINS_PORT}),
 * played as the terminals through its admin endpoints, and polls through the operator's API.
 */
public abstract class ColinsItSupport extends HubIntegrationTest {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** Terminals report these records to the simulated Colins; answers them as stored there. */
    protected static JsonNode report(Map<?, ?>... records) {
        HttpResponse<String> answer = admin("POST", "/records", write(List.of(records)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return read(answer.body()).get("records");
    }

    /** The next changes page the simulated Colins serves is this, as it is. */
    protected static void serveNextPage(String page) {
        assertThat(admin("POST", "/next-page", page).statusCode()).isEqualTo(204);
    }

    protected static void pauseColins() {
        assertThat(admin("POST", "/pause", "").statusCode()).isEqualTo(204);
    }

    protected static void resumeColins() {
        assertThat(admin("POST", "/resume", "").statusCode()).isEqualTo(204);
    }

    protected static JsonNode colinsStats() {
        return read(admin("GET", "/stats", null).body());
    }

    /** One poll as the operator asks for it. */
    protected JsonNode poll() {
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/colins/poll", null, JsonNode.class);
        assertThat(answer.getStatusCode()).as("poll: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    /** Polls and waits until every page it archived is processed (or rejected); answers the poll. */
    protected JsonNode pollAndProcess() {
        JsonNode outcome = poll();
        assertThat(outcome.get("ran").asBoolean()).as("poll ran: %s", outcome).isTrue();
        for (JsonNode id : outcome.get("wireMessages")) {
            awaitFinished(id.asLong());
        }
        return outcome;
    }

    protected JsonNode awaitStatus(long wireMessageId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> message(wireMessageId), message -> status.equals(message.get("status").asText()));
    }

    /** A record as a terminal reports it: data set, terminal and the fields given (name, value, …). */
    protected static Map<String, Object> record(String dataSet, String terminal, Object... fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("dataSet", dataSet);
        record.put("terminalCode", terminal);
        for (int i = 0; i < fields.length; i += 2) {
            record.put((String) fields[i], fields[i + 1]);
        }
        return record;
    }

    /** A fresh ISO 6346 container number with its check digit. */
    protected static String containerNo() {
        String body = "MNTU" + String.format("%06d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 1_000_000);
        for (int digit = 0; digit < 10; digit++) {
            if (CheckDigits.isContainerNumber(body + digit)) {
                return body + digit;
            }
        }
        throw new IllegalStateException("no check digit for " + body);
    }

    /** A fresh key (voyage, booking, B/L number) unique in this run. */
    protected static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 100_000_000_000L, 36).toUpperCase() + SERIAL.incrementAndGet();
    }

    private static HttpResponse<String> admin(String method, String action, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + COLINS_PORT
                + "/colins/admin" + action));
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

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

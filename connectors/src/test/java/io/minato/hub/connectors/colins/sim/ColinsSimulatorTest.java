package io.minato.hub.connectors.colins.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.connectors.colins.ColinsApi;
import io.minato.hub.connectors.colins.FeedEnvelope;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ColinsSimulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "../config/colins/simulator-seed.json";
    /** 09:30 in Japan: relative seed times count from 09:00. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-10T00:30:00Z"), ZoneOffset.UTC);

    private final HttpClient client = HttpClient.newHttpClient();
    private ColinsSimulator simulator;

    @BeforeEach
    void start() {
        simulator = new ColinsSimulator(new ColinsSimulatorSettings("127.0.0.1", 0, "hub", "secret",
                SEED, 5), CLOCK);
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.close();
    }

    @Test
    void answersOnlyThePlatformsClient() throws Exception {
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + ColinsApi.CHANGES)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = get(ColinsApi.CHANGES, "hub", "guess");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"colins\"");
        assertThat(wrong.statusCode()).isEqualTo(401);
    }

    @Test
    void servesTheSeedThroughTheChangesFeedPageByPage() throws Exception {
        int seeded = JSON.readTree(new File(SEED)).path("records").size();
        int read = 0;
        String cursor = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            JsonNode page = json(get(ColinsApi.CHANGES + "?" + ColinsApi.changesQuery(cursor, 100), "hub", "secret"));
            FeedEnvelope envelope = FeedEnvelope.read(JSON.writeValueAsBytes(page)).orElseThrow();
            // the simulator caps pages at its max-page-size (5) whatever the client asks
            assertThat(envelope.records()).isLessThanOrEqualTo(5);
            read += envelope.records();
            cursor = envelope.cursor();
            more = envelope.hasMore();
            pages++;
        }

        assertThat(read).isEqualTo(seeded);
        assertThat(pages).isEqualTo((seeded + 4) / 5);
        JsonNode empty = json(get(ColinsApi.CHANGES + "?" + ColinsApi.changesQuery(cursor, 5), "hub", "secret"));
        assertThat(empty.get("records")).isEmpty();
        assertThat(empty.get("cursor").asText()).isEqualTo(cursor);
    }

    @Test
    void resolvesRelativeSeedTimesFromTheStartHourInJapanTime() throws Exception {
        JsonNode movements = json(get(ColinsApi.VESSEL_MOVEMENTS + "?vesselName=one%20harmony&port=JPYOK", "hub", "secret"));

        assertThat(movements.get("records")).singleElement().satisfies(movement -> {
            assertThat(movement.get("scheduledArrival").asText()).isEqualTo("2026-05-11T15:00+09:00");
            assertThat(movement.get("cargoCutOff").asText()).isEqualTo("2026-05-10T21:00+09:00");
        });
    }

    @Test
    void aReportedRecordIsStampedAndComesNextInTheFeed() throws Exception {
        String cursor = lastCursor();
        HttpResponse<String> reported = post("/records", """
                {"dataSet": "IMPORT_RELEASE", "terminalCode": "TYO-OI3", "containerNo": "CSQU3054383",
                 "blNo": "BL-SIM-1", "status": "RELEASED"}""");

        assertThat(reported.statusCode()).isEqualTo(201);
        JsonNode stored = JSON.readTree(reported.body()).get("records").get(0);
        assertThat(stored.get("updatedAt").asText()).startsWith("2026-05-10T09:30");
        JsonNode next = json(get(ColinsApi.CHANGES + "?" + ColinsApi.changesQuery(cursor, 5), "hub", "secret"));
        assertThat(next.get("records")).singleElement().isEqualTo(stored);
        assertThat(json(get(ColinsApi.IMPORT_RELEASE + "?blNo=BL-SIM-1", "hub", "secret")).get("records"))
                .singleElement().satisfies(record -> assertThat(record.get("containerNo").asText()).isEqualTo("CSQU3054383"));
    }

    @Test
    void looksUpByExactlyOneKey() throws Exception {
        JsonNode byBooking = json(get(ColinsApi.EXPORT_STATUS + "?bookingNo=ONEYTYOA1234500", "hub", "secret"));
        HttpResponse<String> both = get(ColinsApi.EXPORT_STATUS + "?bookingNo=X&containerNo=Y", "hub", "secret");

        assertThat(StreamSupport.stream(byBooking.get("records").spliterator(), false)
                .map(record -> record.get("containerNo").asText()).toList())
                .containsExactlyInAnyOrder("TGHU8844113", "BEAU5122333");
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("exactly one of containerNo and bookingNo");
    }

    @Test
    void servesAnInjectedPageOnceAsItIs() throws Exception {
        assertThat(post("/next-page", "{\"records\": [ oops").statusCode()).isEqualTo(204);

        HttpResponse<String> broken = get(ColinsApi.CHANGES, "hub", "secret");
        HttpResponse<String> after = get(ColinsApi.CHANGES, "hub", "secret");

        assertThat(broken.body()).isEqualTo("{\"records\": [ oops");
        assertThat(FeedEnvelope.read(broken.body().getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FeedEnvelope.read(after.body().getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(json(get("/../admin/stats", null, null)).get("changesRequests").asInt()).isEqualTo(2);
    }

    private String lastCursor() throws Exception {
        String cursor = null;
        FeedEnvelope envelope;
        do {
            envelope = FeedEnvelope.read(get(ColinsApi.CHANGES + "?" + ColinsApi.changesQuery(cursor, 5), "hub",
                    "secret").body().getBytes(StandardCharsets.UTF_8)).orElseThrow();
            cursor = envelope.cursor();
        } while (envelope.hasMore());
        return cursor;
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path).normalize());
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String action, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + simulator.port()
                        + ColinsSimulator.ADMIN_PATH + action))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

}

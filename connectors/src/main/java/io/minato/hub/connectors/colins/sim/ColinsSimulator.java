package io.minato.hub.connectors.colins.sim;

import static io.minato.hub.connectors.sim.SimulatorHttp.error;
import static io.minato.hub.connectors.sim.SimulatorHttp.page;
import static io.minato.hub.connectors.sim.SimulatorHttp.query;
import static io.minato.hub.connectors.sim.SimulatorHttp.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.minato.hub.connectors.colins.ColinsApi;
import io.minato.hub.connectors.sim.SimulatorHttp;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Colins (Container Logistics Information Service, MLIT Ports Bureau) speaking the API
 * of {@link ColinsApi} over real HTTP, for the default runtime, demos and tests. Besides the API it
 * has admin endpoints (no login; it binds loopback by default) that play the terminals and force the
 * cases the hub must handle:
 * <ul>
 *   <li>{@code POST /colins/admin/records}: a record or an array of records reported by terminals
 *       (without {@code updatedAt} they are stamped now); answers them as stored</li>
 *   <li>{@code POST /colins/admin/next-page}: the body is served, as it is, by the next changes request
 *       (a malformed page)</li>
 *   <li>{@code POST /colins/admin/pause}, {@code /resume}: changes requests wait (at most 30 s) while paused</li>
 *   <li>{@code GET /colins/admin/stats}: changes requests served, requests waiting</li>
 * </ul>
 */
public final class ColinsSimulator implements AutoCloseable {

    public static final String API_PATH = "/colins/v1";
    public static final String ADMIN_PATH = "/colins/admin";

    private static final Logger log = LoggerFactory.getLogger(ColinsSimulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PAUSE_LIMIT_MS = 30_000;

    private final ColinsSimulatorSettings settings;
    private final SimulatedColins colins;
    private final SimulatorHttp http;
    private final Object pause = new Object();
    private final AtomicInteger changesRequests = new AtomicInteger();
    private final AtomicInteger waiting = new AtomicInteger();
    private boolean paused;
    private byte[] nextPage;

    public ColinsSimulator(ColinsSimulatorSettings settings) {
        this(settings, Clock.systemUTC());
    }

    ColinsSimulator(ColinsSimulatorSettings settings, Clock clock) {
        this.settings = settings;
        this.http = new SimulatorHttp("Colins", settings.host(), settings.port());
        this.colins = new SimulatedColins(clock);
        SeedRecords.load(settings.seed(), OffsetDateTime.now(clock)).forEach(colins::report);
    }

    public synchronized void start() {
        Map<String, HttpHandler> contexts = new LinkedHashMap<>();
        contexts.put(API_PATH + ColinsApi.CHANGES, guarded(this::changes));
        contexts.put(API_PATH + ColinsApi.VESSEL_MOVEMENTS, guarded(this::vesselMovements));
        contexts.put(API_PATH + ColinsApi.IMPORT_RELEASE, guarded(exchange -> byKey(exchange, "IMPORT_RELEASE", "blNo")));
        contexts.put(API_PATH + ColinsApi.EXPORT_STATUS, guarded(exchange -> byKey(exchange, "EXPORT_STATUS",
                "bookingNo")));
        contexts.put(ADMIN_PATH, this::admin);
        http.start(contexts);
        log.info("Colins simulator listening on {}", baseUrl());
    }

    /** The port it listens on (the ephemeral one when configured with 0). */
    public int port() {
        return http.port();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8095/colins/v1}. */
    public String baseUrl() {
        return http.url(API_PATH);
    }

    @Override
    public synchronized void close() {
        resume();
        http.close();
    }

    /** The API answers only the platform's client (HTTP Basic) and only GET. */
    private HttpHandler guarded(SimulatorHttp.Handler handler) {
        return http.guarded(settings.clientId(), settings.clientSecret(), "GET", handler);
    }

    private void changes(HttpExchange exchange) throws IOException {
        changesRequests.incrementAndGet();
        waitWhilePaused();
        byte[] injected = takeNextPage();
        if (injected != null) {
            send(exchange, 200, injected);
            return;
        }
        page(exchange, ColinsApi.CURSOR, ColinsApi.LIMIT, settings.maxPageSize(), "records", colins::changesAfter);
    }

    private void vesselMovements(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange);
        OffsetDateTime since;
        try {
            since = query.containsKey(ColinsApi.UPDATED_SINCE) ? OffsetDateTime.parse(query.get(ColinsApi.UPDATED_SINCE))
                    : null;
        } catch (DateTimeParseException e) {
            error(exchange, 400, "updatedSince is an ISO-8601 date-time with offset");
            return;
        }
        Predicate<JsonNode> filter = record -> (since == null || updatedAfter(record, since))
                && contains(record, "vesselName", query.get("vesselName"))
                && equal(record, "voyageNo", query.get("voyageNo"))
                && equal(record, "imoNumber", query.get("imoNumber"))
                && equal(record, "portCode", query.get("port"));
        records(exchange, colins.current("VESSEL_MOVEMENT", filter));
    }

    /** The import-release and export-status look-ups: by container number or by the other key, exactly one. */
    private void byKey(HttpExchange exchange, String dataSet, String otherKey) throws IOException {
        Map<String, String> query = query(exchange);
        String containerNo = query.get("containerNo");
        String other = query.get(otherKey);
        if ((containerNo == null) == (other == null)) {
            error(exchange, 400, "give exactly one of containerNo and " + otherKey);
            return;
        }
        records(exchange, colins.current(dataSet, containerNo != null
                ? record -> equal(record, "containerNo", containerNo) : record -> equal(record, otherKey, other)));
    }

    private void admin(HttpExchange exchange) throws IOException {
        try (exchange) {
            String action = exchange.getRequestURI().getPath().substring(ADMIN_PATH.length());
            String method = exchange.getRequestMethod();
            switch (method + " " + action) {
                case "POST /records" -> report(exchange);
                case "POST /next-page" -> {
                    synchronized (pause) {
                        nextPage = exchange.getRequestBody().readAllBytes();
                    }
                    send(exchange, 204, null);
                }
                case "POST /pause" -> {
                    synchronized (pause) {
                        paused = true;
                    }
                    send(exchange, 204, null);
                }
                case "POST /resume" -> {
                    resume();
                    send(exchange, 204, null);
                }
                case "GET /stats" -> send(exchange, 200, JSON.writeValueAsBytes(Map.of(
                        "changesRequests", changesRequests.get(), "waiting", waiting.get())));
                default -> error(exchange, 404, "no admin action " + method + " " + action);
            }
        }
    }

    private void report(HttpExchange exchange) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            error(exchange, 400, "not JSON: " + e.getMessage());
            return;
        }
        List<JsonNode> records = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(records::add);
        } else if (body != null) {
            records.add(body);
        }
        if (records.isEmpty() || !records.stream().allMatch(record -> record.isObject()
                && record.hasNonNull("dataSet") && record.hasNonNull("terminalCode"))) {
            error(exchange, 400, "records are JSON objects with at least dataSet and terminalCode");
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        records.forEach(record -> answer.withArray("records").add(colins.report((ObjectNode) record)));
        send(exchange, 201, JSON.writeValueAsBytes(answer));
    }

    private void resume() {
        synchronized (pause) {
            paused = false;
            pause.notifyAll();
        }
    }

    private void waitWhilePaused() {
        synchronized (pause) {
            long deadline = System.currentTimeMillis() + PAUSE_LIMIT_MS;
            waiting.incrementAndGet();
            try {
                while (paused && System.currentTimeMillis() < deadline) {
                    pause.wait(Math.max(1, deadline - System.currentTimeMillis()));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiting.decrementAndGet();
            }
        }
    }

    private byte[] takeNextPage() {
        synchronized (pause) {
            byte[] page = nextPage;
            nextPage = null;
            return page;
        }
    }

    private static boolean updatedAfter(JsonNode record, OffsetDateTime since) {
        try {
            return OffsetDateTime.parse(record.path("updatedAt").asText()).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean contains(JsonNode record, String field, String wanted) {
        return wanted == null || record.path(field).asText().toUpperCase().contains(wanted.strip().toUpperCase());
    }

    private static boolean equal(JsonNode record, String field, String wanted) {
        return wanted == null || record.path(field).asText().replace(" ", "").equalsIgnoreCase(wanted.replace(" ", ""));
    }

    private static void records(HttpExchange exchange, List<JsonNode> records) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("records").addAll(records);
        send(exchange, 200, JSON.writeValueAsBytes(body));
    }
}

package io.minato.hub.connectors.tradewaltz.sim;

import static io.minato.hub.connectors.sim.SimulatorHttp.error;
import static io.minato.hub.connectors.sim.SimulatorHttp.page;
import static io.minato.hub.connectors.sim.SimulatorHttp.query;
import static io.minato.hub.connectors.sim.SimulatorHttp.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.minato.hub.connectors.sim.SimulatorHttp;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for TradeWaltz speaking the API of {@link TradeWaltzApi} over real HTTP, for the default
 * runtime, demos and tests: the feed ({@code GET /tradewaltz/v1/requests}), the status endpoint
 * ({@code POST /tradewaltz/v1/trades/{linkageId}/status}), both behind HTTP Basic, and a signed webhook
 * push of every request submitted through the admin surface. Admin endpoints (no login; it binds loopback
 * by default) play the exporters and importers and force the cases the hub must handle:
 * <ul>
 *   <li>{@code POST /tradewaltz/admin/requests}: a request or an array of them submitted (without
 *       {@code submittedAt} stamped now): into the feed, and pushed to the hub's webhook</li>
 *   <li>{@code GET /tradewaltz/admin/status-updates?linkageId=}: the status updates the hub posted</li>
 *   <li>{@code POST /tradewaltz/admin/webhook/fail}, {@code /webhook/deliver}: stop or resume pushing (the feed
 *       still has every request, so polling must catch up); {@code GET /webhook/deliveries}: what was pushed</li>
 *   <li>{@code POST /tradewaltz/admin/status/fail?times=n}: the next n status posts answer 503</li>
 *   <li>{@code POST /tradewaltz/admin/next-page}: the body is served, as it is, by the next feed request</li>
 * </ul>
 */
public final class TradeWaltzSimulator implements AutoCloseable {

    public static final String API_PATH = "/tradewaltz/v1";
    public static final String ADMIN_PATH = "/tradewaltz/admin";
    public static final Set<String> STATUSES = Set.of("ACCEPTED", "DOCUMENTS_SENT", "PERMITTED");

    private static final Logger log = LoggerFactory.getLogger(TradeWaltzSimulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TradeWaltzSimulatorSettings settings;
    private final Supplier<String> webhookUrl;
    private final Clock clock;
    private final SimulatedTradeWaltz tradeWaltz;
    private final SimulatorHttp http;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final AtomicInteger statusFailures = new AtomicInteger();
    private byte[] nextPage;
    private WebhookPusher pusher;

    public TradeWaltzSimulator(TradeWaltzSimulatorSettings settings) {
        this(settings, settings::webhookUrl, Clock.systemUTC());
    }

    /** @param webhookUrl where to push, asked at each push (an embedding hub knows its port only once it listens) */
    public TradeWaltzSimulator(TradeWaltzSimulatorSettings settings, Supplier<String> webhookUrl) {
        this(settings, webhookUrl, Clock.systemUTC());
    }

    TradeWaltzSimulator(TradeWaltzSimulatorSettings settings, Supplier<String> webhookUrl, Clock clock) {
        this.settings = settings;
        this.webhookUrl = webhookUrl;
        this.clock = clock;
        this.http = new SimulatorHttp("TradeWaltz", settings.host(), settings.port());
        this.tradeWaltz = new SimulatedTradeWaltz(clock);
        SeedRequests.load(settings.seed(), OffsetDateTime.now(clock)).forEach(tradeWaltz::submit);
    }

    public synchronized void start() {
        pusher = new WebhookPusher(webhookUrl, settings.webhookSecret(), clock, http.executor());
        Map<String, HttpHandler> contexts = new LinkedHashMap<>();
        contexts.put(API_PATH + TradeWaltzApi.REQUESTS, guarded("GET", this::feed));
        contexts.put(API_PATH + TradeWaltzApi.TRADES, guarded("POST", this::status));
        contexts.put(ADMIN_PATH, this::admin);
        http.start(contexts);
        log.info("TradeWaltz simulator listening on {}", baseUrl());
    }

    public int port() {
        return http.port();
    }

    /** The API's base URL, e.g. {@code http://127.0.0.1:8096/tradewaltz/v1}. */
    public String baseUrl() {
        return http.url(API_PATH);
    }

    @Override
    public synchronized void close() {
        http.close();
    }

    /** The API answers only the platform's client (HTTP Basic) and only the endpoint's method. */
    private HttpHandler guarded(String method, SimulatorHttp.Handler handler) {
        return http.guarded(settings.clientId(), settings.clientSecret(), method, handler);
    }

    private void feed(HttpExchange exchange) throws IOException {
        feedRequests.incrementAndGet();
        byte[] injected = takeNextPage();
        if (injected != null) {
            send(exchange, 200, injected);
            return;
        }
        page(exchange, TradeWaltzApi.AFTER, TradeWaltzApi.LIMIT, settings.maxPageSize(), "requests", tradeWaltz::after);
    }

    /** {@code /trades/{linkageId}/status}: the platform tells how a trade stands. */
    private void status(HttpExchange exchange) throws IOException {
        String rest = exchange.getRequestURI().getRawPath().substring((API_PATH + TradeWaltzApi.TRADES).length());
        if (!rest.endsWith(TradeWaltzApi.STATUS) || rest.length() == TradeWaltzApi.STATUS.length()) {
            error(exchange, 404, "no such resource; status goes to /trades/{linkageId}/status");
            return;
        }
        String linkageId = URLDecoder.decode(rest.substring(0, rest.length() - TradeWaltzApi.STATUS.length()),
                StandardCharsets.UTF_8);
        if (statusFailures.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            error(exchange, 503, "TradeWaltz is unavailable (simulated)");
            return;
        }
        if (!tradeWaltz.knows(linkageId)) {
            error(exchange, 404, "no trade linkage " + linkageId);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            error(exchange, 400, "not JSON: " + e.getMessage());
            return;
        }
        if (body == null || !body.isObject() || !STATUSES.contains(body.path("status").asText())) {
            error(exchange, 400, "the body is an object whose status is one of " + STATUSES);
            return;
        }
        ObjectNode update = ((ObjectNode) body).deepCopy();
        update.put("linkageId", linkageId);
        update.put("receivedAt", clock.instant().toString());
        tradeWaltz.statusReceived(update);
        log.info("TradeWaltz simulator: trade {} is {}", linkageId, update.get("status").asText());
        send(exchange, 200, JSON.writeValueAsBytes(Map.of("linkageId", linkageId, "status", update.get("status").asText())));
    }

    private void admin(HttpExchange exchange) throws IOException {
        try (exchange) {
            String action = exchange.getRequestURI().getPath().substring(ADMIN_PATH.length());
            String method = exchange.getRequestMethod();
            Map<String, String> query = query(exchange);
            switch (method + " " + action) {
                case "POST /requests" -> submit(exchange);
                case "GET /status-updates" -> send(exchange, 200, JSON.writeValueAsBytes(Map.of("updates",
                        tradeWaltz.statusUpdates(query.get("linkageId")))));
                case "POST /webhook/fail" -> {
                    pusher.failing(true);
                    send(exchange, 204, null);
                }
                case "POST /webhook/deliver" -> {
                    pusher.failing(false);
                    send(exchange, 204, null);
                }
                case "GET /webhook/deliveries" -> send(exchange, 200, JSON.writeValueAsBytes(Map.of("deliveries",
                        pusher.deliveries())));
                case "POST /status/fail" -> {
                    statusFailures.set(Integer.parseInt(query.getOrDefault("times", "1")));
                    send(exchange, 204, null);
                }
                case "POST /next-page" -> {
                    synchronized (this) {
                        nextPage = exchange.getRequestBody().readAllBytes();
                    }
                    send(exchange, 204, null);
                }
                case "GET /stats" -> send(exchange, 200, JSON.writeValueAsBytes(Map.of(
                        "feedRequests", feedRequests.get(), "webhookFailing", pusher.failing())));
                default -> error(exchange, 404, "no admin action " + method + " " + action);
            }
        } catch (NumberFormatException e) {
            error(exchange, 400, "times is a number: " + e.getMessage());
        }
    }

    private void submit(HttpExchange exchange) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(exchange.getRequestBody());
        } catch (IOException e) {
            error(exchange, 400, "not JSON: " + e.getMessage());
            return;
        }
        List<JsonNode> requests = new ArrayList<>();
        if (body != null && body.isArray()) {
            body.forEach(requests::add);
        } else if (body != null) {
            requests.add(body);
        }
        if (requests.isEmpty() || !requests.stream().allMatch(JsonNode::isObject)) {
            error(exchange, 400, "requests are JSON objects");
            return;
        }
        ObjectNode answer = JSON.createObjectNode();
        for (JsonNode request : requests) {
            ObjectNode stored = tradeWaltz.submit((ObjectNode) request);
            pusher.push(stored);
            answer.withArray("requests").add(stored);
        }
        send(exchange, 201, JSON.writeValueAsBytes(answer));
    }

    private synchronized byte[] takeNextPage() {
        byte[] page = nextPage;
        nextPage = null;
        return page;
    }
}

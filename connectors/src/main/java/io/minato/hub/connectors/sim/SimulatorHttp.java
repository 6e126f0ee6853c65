package io.minato.hub.connectors.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side the Colins and TradeWaltz simulators share: the JDK's HTTP server on daemon threads, the
 * API's guard (the platform's client by HTTP Basic, one method), JSON answers and errors, query parameters.
 * The JDK server is enough for a stand-in serving a few JSON endpoints and keeps the simulators, which also
 * run on their own, free of a web framework.
 */
public final class SimulatorHttp implements AutoCloseable {

    /** An endpoint's work; the guard closes the exchange and answers 500 for what it throws unchecked. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private static final Logger log = LoggerFactory.getLogger(SimulatorHttp.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String host;
    private final int port;
    private final ExecutorService executor;
    private HttpServer server;

    /**
     * @param name the simulated system ("Colins"): thread names, logs and the Basic realm
     * @param port 0 for an ephemeral one
     */
    public SimulatorHttp(String name, String host, int port) {
        this.name = name;
        this.host = host;
        this.port = port;
        AtomicInteger threads = new AtomicInteger();
        String prefix = name.toLowerCase(Locale.ROOT) + "-simulator-";
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, prefix + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The simulator's threads, for its own background work too (a webhook push). */
    public ExecutorService executor() {
        return executor;
    }

    /** Listens with these contexts (path → handler). */
    public synchronized void start(Map<String, HttpHandler> contexts) {
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " simulator cannot listen on " + host + ":" + port, e);
        }
        server.setExecutor(executor);
        contexts.forEach(server::createContext);
        server.start();
    }

    /** The port it listens on (the ephemeral one when configured with 0). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port} and the path. */
    public String url(String path) {
        return "http://" + host + ":" + port() + path;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        executor.shutdownNow();
    }

    /** The API answers only the platform's client (HTTP Basic) and only {@code method}. */
    public HttpHandler guarded(String clientId, String clientSecret, String method, Handler handler) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        String realm = name.toLowerCase(Locale.ROOT);
        return exchange -> {
            try (exchange) {
                if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                    exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
                    error(exchange, 401, "unknown client or wrong secret");
                } else if (!method.equals(exchange.getRequestMethod())) {
                    error(exchange, 405, "only " + method);
                } else {
                    handler.handle(exchange);
                }
            } catch (RuntimeException e) {
                log.error("{} simulator failed on {}", name, exchange.getRequestURI(), e);
                error(exchange, 500, e.getMessage());
            }
        };
    }

    /**
     * Answers a feed request: the page after the {@code cursorParameter} (absent: from the start) of at most
     * {@code limitParameter} items (default 100, never more than {@code maxPageSize}), as
     * {@code {"cursor", "hasMore", itemsName: [...]}}; 400 for a cursor or limit that is no number or a limit
     * that is not positive.
     */
    public static void page(HttpExchange exchange, String cursorParameter, String limitParameter, int maxPageSize,
                            String itemsName, BiFunction<Long, Integer, CursorFeed.Page> pages) throws IOException {
        Map<String, String> query = query(exchange);
        Long cursor;
        int limit;
        try {
            cursor = query.containsKey(cursorParameter) ? Long.valueOf(query.get(cursorParameter)) : null;
            limit = Math.min(Integer.parseInt(query.getOrDefault(limitParameter, "100")), maxPageSize);
        } catch (NumberFormatException e) {
            error(exchange, 400, cursorParameter + " and " + limitParameter + " are numbers: " + e.getMessage());
            return;
        }
        if (limit <= 0) {
            error(exchange, 400, "limit must be positive");
            return;
        }
        CursorFeed.Page page = pages.apply(cursor, limit);
        ObjectNode body = JSON.createObjectNode();
        body.put("cursor", page.cursor());
        body.put("hasMore", page.hasMore());
        body.putArray(itemsName).addAll(page.items());
        send(exchange, 200, JSON.writeValueAsBytes(body));
    }

    /** The query string's parameters; a blank value counts as absent. */
    public static Map<String, String> query(HttpExchange exchange) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String parameter = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!value.isBlank()) {
                parameters.put(parameter, value);
            }
        }
        return parameters;
    }

    /** {@code {"error": message}} with the status. */
    public static void error(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, JSON.writeValueAsBytes(Map.of("error", message == null ? "" : message)));
    }

    /** A JSON body with the status; none when {@code body} is null (204). */
    public static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}

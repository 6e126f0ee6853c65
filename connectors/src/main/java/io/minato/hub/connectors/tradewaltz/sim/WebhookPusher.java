package io.minato.hub.connectors.tradewaltz.sim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.connectors.tradewaltz.TradeWaltzSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes each new request to the hub's webhook, signed ({@link TradeWaltzSignature}), once and without
 * retrying: TradeWaltz's feed is the hub's way to catch up. In failing mode nothing is sent, as if the hub
 * had been unreachable. Every push is logged for the admin surface.
 */
final class WebhookPusher {

    private static final Logger log = LoggerFactory.getLogger(WebhookPusher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<String> webhookUrl;
    private final String secret;
    private final Clock clock;
    private final ExecutorService executor;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<ObjectNode> deliveries = new ArrayList<>();
    private volatile boolean failing;

    WebhookPusher(Supplier<String> webhookUrl, String secret, Clock clock, ExecutorService executor) {
        this.webhookUrl = webhookUrl;
        this.secret = secret;
        this.clock = clock;
        this.executor = executor;
    }

    void failing(boolean failing) {
        this.failing = failing;
    }

    boolean failing() {
        return failing;
    }

    /** Pushes the request in the background; the submitter does not wait for the hub. */
    void push(ObjectNode request) {
        String deliveryId = UUID.randomUUID().toString();
        ObjectNode event = JSON.createObjectNode();
        event.put("event", TradeWaltzApi.REQUEST_SUBMITTED);
        event.put("deliveryId", deliveryId);
        event.set("request", request);
        executor.execute(() -> deliver(deliveryId, request, event));
    }

    synchronized List<JsonNode> deliveries() {
        return deliveries.stream().map(delivery -> (JsonNode) delivery.deepCopy()).toList();
    }

    private void deliver(String deliveryId, JsonNode request, ObjectNode event) {
        String url = webhookUrl.get();
        String outcome;
        Integer status = null;
        if (failing) {
            outcome = "NOT_DELIVERED";
        } else if (url == null || url.isBlank()) {
            outcome = "NO_WEBHOOK_URL";
        } else {
            try {
                byte[] body = JSON.writeValueAsBytes(event);
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header(TradeWaltzApi.EVENT_HEADER, TradeWaltzApi.REQUEST_SUBMITTED)
                        .header(TradeWaltzApi.DELIVERY_HEADER, deliveryId)
                        .header(TradeWaltzApi.SIGNATURE_HEADER, TradeWaltzSignature.sign(secret, clock.instant(), body))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                status = response.statusCode();
                outcome = status >= 200 && status < 300 ? "DELIVERED" : "REFUSED";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a JSON tree always serializes", e);
            } catch (IOException e) {
                outcome = "FAILED: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = "FAILED: interrupted";
            }
        }
        log.info("TradeWaltz simulator: webhook for request {} v{}: {}", request.path("requestId").asText(),
                request.path("version").asText(), outcome);
        record(deliveryId, request, outcome, status);
    }

    private synchronized void record(String deliveryId, JsonNode request, String outcome, Integer status) {
        ObjectNode delivery = JSON.createObjectNode();
        delivery.put("deliveryId", deliveryId);
        delivery.set("requestId", request.path("requestId"));
        delivery.set("version", request.path("version"));
        delivery.put("outcome", outcome);
        if (status != null) {
            delivery.put("statusCode", status);
        }
        delivery.put("at", clock.instant().toString());
        deliveries.add(delivery);
    }
}

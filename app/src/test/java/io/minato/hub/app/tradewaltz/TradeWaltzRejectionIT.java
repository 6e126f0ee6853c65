package io.minato.hub.app.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.tradewaltz.TradeWaltzSignature;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the hub refuses from TradeWaltz, and keeps: a webhook whose signature does not hold (401, archived,
 * never applied), a malformed request (REJECTED naming the JSON path, re-processable), a request to a
 * forwarder the party table does not know (REJECTED with the fix; applied once it is registered).
 */
class TradeWaltzRejectionIT extends TradeWaltzItSupport {

    @Test
    void aWebhookWithABadSignatureIsRefusedAndKeptButNeverApplied() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        byte[] body = ("{\"event\":\"REQUEST_SUBMITTED\",\"request\":" + request + "}").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<JsonNode> forged = postWebhook(body, TradeWaltzSignature.sign("not-the-secret", Instant.now(), body));
        ResponseEntity<JsonNode> unsigned = postWebhook(body, null);
        ResponseEntity<JsonNode> replayed = postWebhook(body,
                TradeWaltzSignature.sign(WEBHOOK_SECRET, Instant.now().minusSeconds(3600), body));

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(forged.getBody().get("detail").asText())
                .contains("the signature does not match the body under the shared webhook secret");
        assertThat(unsigned.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unsigned.getBody().get("detail").asText()).contains("no X-TradeWaltz-Signature header");
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replayed.getBody().get("detail").asText()).contains("away from the hub's clock");

        long id = Long.parseLong(forged.getBody().get("detail").asText().replaceAll(".*kept as wire message (\\d+).*", "$1"));
        JsonNode kept = message(id);
        assertThat(kept.get("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.get("channel").asText()).isEqualTo("TRADEWALTZ");
        assertThat(kept.get("reason").asText()).startsWith("webhook refused: the signature does not match");
        assertThat(kept.get("content").asText()).isEqualTo(new String(body, StandardCharsets.UTF_8));

        // re-processing it is refused again: what it says is not known to come from TradeWaltz
        assertThat(http.postForEntity("/api/v1/messages/" + id + "/reprocess", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        JsonNode again = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> message(id), message -> message.get("attempts").asInt() >= 1
                        && "REJECTED".equals(message.get("status").asText()));
        assertThat(again.get("reason").asText()).contains("signature did not hold");
        assertThat(http.getForObject("/api/v1/deals?bookingNo={b}", JsonNode.class, request.get("bookingNo").asText()))
                .isEmpty();
    }

    @Test
    void aMalformedRequestIsRejectedNamingItsJsonPathAndKeptForReprocessing() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        ((ObjectNode) request.at("/goods/0")).put("packages", "ten");
        ((ObjectNode) request.get("transport")).remove("vesselName");

        long id = postSigned(request.toString());

        JsonNode rejected = awaitFinished(id);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText())
                .contains("$.request.goods[0].packages: must be a whole number, not text")
                .contains("$.request.transport.vesselName: is required but missing");
        assertThat(rejected.get("content").asText()).contains("\"packages\":\"ten\"");

        // not JSON at all: rejected as such, kept as it came
        byte[] garbage = "{\"request\": {\"requestId\": ".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<JsonNode> answer = postWebhook(garbage, TradeWaltzSignature.sign(WEBHOOK_SECRET, Instant.now(), garbage));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode notJson = awaitFinished(answer.getBody().get("wireMessageId").asLong());
        assertThat(notJson.get("status").asText()).isEqualTo("REJECTED");
        assertThat(notJson.get("reason").asText()).contains("$: not JSON");
        assertThat(notJson.get("content").asText()).isEqualTo("{\"request\": {\"requestId\": ");

        assertThat(http.postForEntity("/api/v1/messages/" + id + "/reprocess", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        JsonNode reprocessed = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> message(id), message -> message.get("attempts").asInt() >= 2
                        && !"RECEIVED".equals(message.get("status").asText()));
        assertThat(reprocessed.get("status").asText()).isEqualTo("REJECTED");
        assertThat(reprocessed.get("reason").asText()).contains("$.request.goods[0].packages");
    }

    @Test
    void aRequestToAnUnknownForwarderIsRejectedWithTheFixAndAppliedOnceItIsRegistered() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = io.minato.hub.app.PlatformFixtures.company(http, "TWU", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);

        submit(request);

        JsonNode rejected = awaitWebhookMessage(request.get("requestId").asText(), 1);
        long id = rejected.get("id").asLong();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText())
                .contains("$.request (request " + request.get("requestId").asText())
                .contains("parties.forwarder '" + forwarder + " Co., Ltd.' (TRADEWALTZ=TW-" + forwarder + ")")
                .contains("not in the party table")
                .contains("PUT /api/v1/parties/{code}/identifiers/TRADEWALTZ/TW-" + forwarder);
        assertThat(http.getForObject("/api/v1/deals?bookingNo={b}", JsonNode.class, request.get("bookingNo").asText()))
                .as("nothing of it was written").isEmpty();

        http.put("/api/v1/parties/{code}/identifiers/TRADEWALTZ/{id}", null, forwarder, "TW-" + forwarder);
        http.postForEntity("/api/v1/messages/" + id + "/reprocess", null, JsonNode.class);

        JsonNode applied = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> message(id), message -> "PROCESSED".equals(message.get("status").asText()));
        long dealId = applied.get("dealId").asLong();
        assertThat(http.getForObject("/api/v1/deals/" + dealId + "/participants", JsonNode.class))
                .extracting(p -> p.get("company").asText()).containsExactlyInAnyOrder(exporter, forwarder, "PACIFICIMP");
        awaitStatusUpdate(request.get("linkageId").asText(), "ACCEPTED");
    }
}

package io.minato.hub.app.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.mappings.wire.WireStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The wire-message archive on real PostgreSQL, and the API over it. */
class WireMessageStoreIT extends HubIntegrationTest {

    @Autowired
    private WireMessageStore store;

    @Test
    void archivesBytesExactlyAndMergesCorrelationKeys() {
        byte[] raw = "UNB+UNOY:3+送信者+X'\r\n\u0000\u00ff".getBytes(StandardCharsets.UTF_8);
        long id = store.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, "SENDER", "application/EDIFACT",
                "a.edi", raw, Map.of("interchangeRef", "R1")));

        store.addCorrelation(id, Map.of("messageRef", "M1"));
        assertThat(store.startAttempt(id).raw()).isEqualTo(raw);
        store.markFailed(id, "SQLTransientConnectionException: gone");

        WireMessage stored = store.find(id).orElseThrow();
        assertThat(stored.raw()).isEqualTo(raw);
        assertThat(stored.correlation()).containsEntry("interchangeRef", "R1").containsEntry("messageRef", "M1");
        assertThat(stored.status()).isEqualTo(WireStatus.FAILED);
        assertThat(stored.reason()).contains("gone");
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.processedAt()).isNotNull();
    }

    @Test
    void outboundMessagesStartAsSendingAndCountsFollowStatusChanges() {
        Map<String, Long> before = counts();
        long id = store.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.OUT, "naccs", "text/plain",
                null, new byte[] {1, 2, 3}, null));
        assertThat(store.find(id).orElseThrow().status()).isEqualTo(WireStatus.SENDING);

        store.markSent(id);

        assertThat(store.find(id).orElseThrow().status()).isEqualTo(WireStatus.SENT);
        assertThat(counts().getOrDefault("SENT", 0L)).isEqualTo(before.getOrDefault("SENT", 0L) + 1);
    }

    @Test
    void listsByStatusAndRefusesToReprocessOutboundMessages() {
        long id = store.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.OUT, "naccs", "text/plain",
                null, new byte[] {1}, null));
        store.markFailed(id, "smtp down");

        JsonNode failed = http.getForObject("/api/v1/messages?status=FAILED", JsonNode.class);
        // each message's own status: a message's correlation may carry a partner's status (TradeWaltz's ACCEPTED)
        assertThat(failed).extracting(message -> message.get("status").asText()).containsOnly("FAILED");
        assertThat(failed.findValues("id")).extracting(JsonNode::asLong).contains(id);

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/messages/" + id + "/reprocess", null, JsonNode.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.getForEntity("/api/v1/messages/999999999", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRepeatedInterchangeIsADuplicateOnlyWithinTheWindow() throws InterruptedException {
        String partner = "P" + System.nanoTime();
        long first = archiveInterchange(partner, "REF1");
        store.markProcessed(first, null, null);
        Thread.sleep(5); // received_at must differ for a zero window to exclude the first
        WireMessage repeat = store.find(archiveInterchange(partner, "REF1")).orElseThrow();
        WireMessage otherReference = store.find(archiveInterchange(partner, "REF2")).orElseThrow();

        assertThat(store.findAppliedInterchange(repeat, Duration.ofDays(30))).contains(first);
        assertThat(store.findAppliedInterchange(repeat, Duration.ZERO)).isEmpty();
        assertThat(store.findAppliedInterchange(otherReference, Duration.ofDays(30))).isEmpty();
        store.markRejected(first, "for the test");
        assertThat(store.findAppliedInterchange(repeat, Duration.ofDays(30))).isEmpty();
    }

    @Test
    void searchesByPartnerReferenceAndStatus() {
        String partner = "S" + System.nanoTime();
        long wanted = archiveInterchange(partner, "WANTED");
        archiveInterchange(partner, "OTHER");
        store.markRejected(wanted, "for the test");

        JsonNode byReference = http.getForObject("/api/v1/messages?partner=" + partner + "&reference=WANTED", JsonNode.class);
        JsonNode byStatus = http.getForObject("/api/v1/messages?partner=" + partner + "&status=RECEIVED", JsonNode.class);
        JsonNode none = http.getForObject("/api/v1/messages?partner=" + partner + "&to=2000-01-01T00:00:00Z", JsonNode.class);

        assertThat(byReference).extracting(message -> message.get("id").asLong()).containsExactly(wanted);
        assertThat(byStatus).hasSize(1).allMatch(message -> message.at("/correlation/interchangeRef").asText().equals("OTHER"));
        assertThat(none).isEmpty();
    }

    private long archiveInterchange(String partner, String reference) {
        return store.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, partner, "application/EDIFACT",
                null, new byte[] {1}, Map.of("interchangeRef", reference)));
    }

    @Test
    void findsDealsByCarrierAndBillOfLading() {
        String blNo = "BL" + System.nanoTime();
        http.postForObject("/api/v1/deals", Map.of("direction", "IMPORT", "blNo", blNo, "carrierCode", "MAEU"),
                JsonNode.class);

        JsonNode byBl = http.getForObject("/api/v1/deals?blNo=" + blNo, JsonNode.class);
        assertThat(byBl).hasSize(1);
        assertThat(byBl.at("/0/number").asText()).startsWith("IMP_");
        assertThat(http.getForObject("/api/v1/deals?blNo=" + blNo + "&carrierCode=ONEY", JsonNode.class)).isEmpty();
        assertThat(http.getForObject("/api/v1/deals?blNo=" + blNo + "&carrierCode=MAEU", JsonNode.class)).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts() {
        Map<String, Number> raw = http.getForObject("/api/v1/messages/counts", Map.class);
        return raw.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().longValue()));
    }
}

package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** EDIFACT out: archived outbound interchanges land in the partner's outbox folder, once per send. */
class EdifactOutboundIT extends HubIntegrationTest {

    @Autowired
    private WireMessageStore store;

    @Test
    void deliversToThePartnersOutboxAndResendsOnRequest() throws IOException {
        String partner = "OUT" + System.nanoTime() % 1_000_000;
        byte[] interchange = "UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+X:ZZZ+240101:0900+42'UNZ+0+42'"
                .getBytes(StandardCharsets.ISO_8859_1);
        long id = store.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.OUT, partner,
                "application/EDIFACT", null, interchange, Map.of("interchangeRef", "42")));

        ResponseEntity<JsonNode> notYetSent = http.postForEntity("/api/v1/messages/" + id + "/resend", null, JsonNode.class);
        assertThat(notYetSent.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        store.markFailed(id, "first delivery failed, say");
        assertThat(http.postForEntity("/api/v1/messages/" + id + "/resend", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox(partner).size() == 1);
        assertThat(message(id).get("status").asText()).isEqualTo("SENT");

        assertThat(http.postForEntity("/api/v1/messages/" + id + "/resend", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> outbox(partner).size() == 2);

        for (Path file : outbox(partner)) {
            assertThat(file.getFileName().toString()).endsWith("-42.edi");
            assertThat(Files.readAllBytes(file)).isEqualTo(interchange);
        }
        assertThat(message(id).get("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void refusesToResendInboundMessages() throws IOException {
        long inbound = drop("not EDIFACT");
        awaitFinished(inbound);

        assertThat(http.postForEntity("/api/v1/messages/" + inbound + "/resend", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    private static List<Path> outbox(String partner) throws IOException {
        Path folder = DATA_DIR.resolve("outbox/edifact").resolve(partner);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".edi")).sorted().toList();
        }
    }
}

package io.minato.hub.app.document;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static io.minato.hub.app.PlatformFixtures.user;
import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.documents;
import static io.minato.hub.app.document.DocumentRequests.sample;
import static io.minato.hub.app.document.DocumentRequests.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 限定公開: an S/I the shipper restricts to its forwarder exists for no other participant. */
class RestrictedDocumentIT extends HubIntegrationTest {

    private String forwarderCode;
    private TestRestTemplate shipper;
    private TestRestTemplate forwarder;
    private TestRestTemplate carrier;
    private long dealId;
    private long documentId;

    @BeforeEach
    void siRestrictedToTheForwarder() {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        forwarderCode = company(http, "FWD", BusinessType.FORWARDER);
        String carrierCode = company(http, "CAR", BusinessType.OCEAN_CARRIER);
        shipper = user(http, shipperCode);
        forwarder = user(http, forwarderCode);
        carrier = user(http, carrierCode);
        TestRestTemplate admin = administrator(http, shipperCode);
        dealId = deal(admin, "EXPORT");
        invited(admin, dealId, forwarderCode, BusinessType.FORWARDER);
        invited(admin, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        ObjectNode request = sample("shipping-instruction");
        request.putArray("restrictedTo").add(forwarderCode);
        JsonNode document = created(shipper, dealId, request);
        documentId = document.get("id").asLong();
        assertThat(document.get("restrictedTo")).extracting(JsonNode::asText).containsExactly(forwarderCode);
    }

    @Test
    void onlyTheCreatorAndTheNamedCompaniesReadIt() {
        String uri = documents(dealId) + "/" + documentId;

        assertThat(shipper.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forwarder.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        // the carrier may read S/Is by the matrix, yet this one does not exist for it
        assertThat(carrier.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(carrier.getForEntity(uri + "/reads", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTimelineOfOthersDoesNotMentionIt() {
        assertThat(documentEvents(carrier)).isEmpty();
        assertThat(documentEvents(forwarder)).containsExactly(documentId);
    }

    @Test
    void sendingReachesOnlyTheNamedCompanies() {
        assertThat(send(shipper, dealId, documentId).getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode sent = null;
        for (JsonNode event : shipper.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class)) {
            if (event.get("type").asText().equals("DOCUMENT_SENT")) {
                sent = event;
            }
        }
        assertThat(sent).isNotNull();
        assertThat(sent.at("/detail/recipients")).extracting(JsonNode::asText).containsExactly(forwarderCode);
    }

    @Test
    void theBulkDownloadOfOthersLeavesItOut() {
        created(shipper, dealId, sample("booking-request"));

        assertThat(exportedCsv(carrier)).contains("UL010").doesNotContain("UL040");
        assertThat(exportedCsv(forwarder)).contains("UL010", "UL040");
    }

    @Test
    void onlyCompaniesOnTheDealCanBeNamed() {
        ObjectNode request = sample("shipping-instruction");
        request.putArray("restrictedTo").add("NOSUCHCOMPANY");

        ResponseEntity<JsonNode> answer = shipper.postForEntity(documents(dealId), request, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().at("/errors/0/field").asText()).isEqualTo("restrictedTo");
        assertThat(answer.getBody().at("/errors/0/message").asText()).contains("NOSUCHCOMPANY");
    }

    private List<Long> documentEvents(TestRestTemplate as) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode event : as.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class)) {
            if (event.hasNonNull("documentId")) {
                ids.add(event.get("documentId").asLong());
            }
        }
        return ids;
    }

    private String exportedCsv(TestRestTemplate as) {
        JsonNode job = as.postForObject("/api/v1/deals/" + dealId + "/exports", Map.of("format", "CSV"), JsonNode.class);
        JsonNode done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as.getForObject("/api/v1/exports/" + job.get("id").asLong(), JsonNode.class),
                        status -> status.get("status").asText().equals("DONE"));
        return new String(as.getForObject(done.get("content").asText(), byte[].class), StandardCharsets.UTF_8);
    }
}

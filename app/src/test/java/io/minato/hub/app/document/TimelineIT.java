package io.minato.hub.app.document;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static io.minato.hub.app.PlatformFixtures.user;
import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.documents;
import static io.minato.hub.app.document.DocumentRequests.fields;
import static io.minato.hub.app.document.DocumentRequests.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The deal's timeline says who changed what, when and through which channel. */
class TimelineIT extends HubIntegrationTest {

    @Autowired
    private ApiKeys apiKeys;
    @Autowired
    private Events events;
    @Autowired
    private WireMessageStore wireMessages;

    private String shipperCode;
    private String forwarderCode;
    private TestRestTemplate shipper;
    private long dealId;

    @BeforeEach
    void dealOfAShipperWithItsForwarder() {
        shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        forwarderCode = company(http, "FWD", BusinessType.FORWARDER);
        shipper = user(http, shipperCode);
        TestRestTemplate admin = administrator(http, shipperCode);
        dealId = deal(admin, "EXPORT");
        invited(admin, dealId, forwarderCode, BusinessType.FORWARDER);
    }

    @Test
    void namesThePersonOrApiKeyItsCompanyTheChannelAndEveryChangedPath() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));
        long forwarderId = http.getForObject("/api/v1/parties/" + forwarderCode, JsonNode.class).get("id").asLong();
        ApiKeys.IssuedKey key = apiKeys.issue(forwarderId, "forwarding system", "PRODUCTION", null);
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", key.apiKey());
        headers.setIfMatch("\"" + document.get("etag").asText() + "\"");
        ResponseEntity<JsonNode> updated = anonymous.exchange(documents(dealId) + "/" + document.get("id").asLong(),
                HttpMethod.PUT, new HttpEntity<>(Map.of("fields", fields(document).put("voyageNo", "013E")
                        .put("bondedAreaName", "大黒ふ頭")), headers), JsonNode.class);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode created = only(timeline(shipper, ""), "DOCUMENT_CREATED");
        assertThat(created.get("channel").asText()).isEqualTo("API");
        assertThat(created.get("actor").asText()).startsWith("user-" + shipperCode.toLowerCase());
        assertThat(created.get("actorCompany").asText()).isEqualTo(shipperCode);
        JsonNode update = only(timeline(shipper, ""), "DOCUMENT_UPDATED");
        assertThat(update.get("channel").asText()).isEqualTo("API_KEY");
        assertThat(update.get("actor").asText()).isEqualTo("key:" + key.keyId());
        assertThat(update.get("actorCompany").asText()).isEqualTo(forwarderCode);
        assertThat(update.at("/detail/changes")).hasSize(2);
        assertThat(update.at("/detail/changes/0/path").asText()).isEqualTo("voyageNo");
        assertThat(update.at("/detail/changes/0/old").asText()).isEqualTo("012E");
        assertThat(update.at("/detail/changes/0/new").asText()).isEqualTo("013E");
        assertThat(update.at("/detail/changes/1/path").asText()).isEqualTo("bondedAreaName");
        assertThat(update.at("/detail/changes/1/new").asText()).isEqualTo("大黒ふ頭");
    }

    @Test
    void eventsRecordedWithoutARequestTakeTheChannelOfTheirWireMessage() {
        long wireMessageId = wireMessages.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, "INTTRA",
                "application/EDIFACT", "timeline.edi", "UNB+UNOC:3+INTTRA'".getBytes(StandardCharsets.ISO_8859_1),
                Map.of()));
        long naccsMessageId = wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.IN, null,
                "text/plain", null, "SAD4011".getBytes(StandardCharsets.ISO_8859_1), Map.of()));

        events.record(EventType.TRANSPORT_EVENT, dealId, null, wireMessageId, Map.of("event", "GATE_IN"));
        events.record(EventType.NACCS_DATA_RECEIVED, dealId, null, naccsMessageId, Map.of("output", "SAD4011"));
        events.record(EventType.NACCS_SUBMITTED, dealId, null, null, Map.of("submissionId", 0));

        JsonNode timeline = timeline(shipper, "");
        JsonNode edifact = only(timeline, "TRANSPORT_EVENT");
        assertThat(edifact.get("channel").asText()).isEqualTo("EDIFACT");
        assertThat(edifact.get("actor").asText()).isEqualTo("INTTRA");
        assertThat(edifact.get("wireMessageId").asLong()).isEqualTo(wireMessageId);
        assertThat(only(timeline, "NACCS_DATA_RECEIVED").get("channel").asText()).isEqualTo("NACCS");
        assertThat(only(timeline, "NACCS_SUBMITTED").get("channel").asText()).isEqualTo("SYSTEM");
    }

    @Test
    void pagesAfterTheLastEventSeen() {
        for (int i = 0; i < 3; i++) {
            created(shipper, dealId, sample("shipping-instruction"));
        }
        JsonNode all = timeline(shipper, "");
        long second = all.get(1).get("id").asLong();

        JsonNode page = timeline(shipper, "?since=" + second + "&limit=2");

        assertThat(all.size()).isGreaterThanOrEqualTo(4);
        assertThat(page).hasSize(2);
        assertThat(page.get(0).get("id").asLong()).isEqualTo(all.get(2).get("id").asLong());
        assertThat(page.get(1).get("id").asLong()).isEqualTo(all.get(3).get("id").asLong());
    }

    @Test
    void hidesWhatHappenedToDocumentsOfTypesTheCallerMayNotRead() {
        String truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        invited(administrator(http, shipperCode), dealId, truckerCode, BusinessType.TRUCKER);
        created(shipper, dealId, sample("shipping-instruction"));

        List<String> seen = new ArrayList<>();
        timeline(user(http, truckerCode), "").forEach(event -> seen.add(event.get("type").asText()));

        assertThat(seen).contains("DEAL_CREATED").doesNotContain("DOCUMENT_CREATED");
    }

    private JsonNode timeline(TestRestTemplate as, String query) {
        ResponseEntity<JsonNode> answer = as.getForEntity("/api/v1/deals/" + dealId + "/events" + query, JsonNode.class);
        assertThat(answer.getStatusCode()).as("timeline: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static JsonNode only(JsonNode timeline, String type) {
        List<JsonNode> found = new ArrayList<>();
        timeline.forEach(event -> {
            if (event.get("type").asText().equals(type)) {
                found.add(event);
            }
        });
        assertThat(found).as("%s events in %s", type, timeline).hasSize(1);
        return found.get(0);
    }
}

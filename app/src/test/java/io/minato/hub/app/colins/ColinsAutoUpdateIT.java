package io.minato.hub.app.colins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The per-deal auto-update switch: Colins data matching a deal lands on its timeline as COLINS_UPDATE only
 * while the switch is on, once per record version; who may switch it, and who did, on the timeline.
 */
class ColinsAutoUpdateIT extends ColinsItSupport {

    private String shipperCode;
    private TestRestTemplate shipper;
    private String booking;
    private String vessel;
    private String voyage;
    private String container;
    private long dealId;

    @BeforeEach
    void exportDealWithAShippingInstruction() throws IOException {
        shipperCode = PlatformFixtures.company(http, "CAU", BusinessType.SHIPPER);
        shipper = PlatformFixtures.administrator(http, shipperCode);
        booking = unique("ONEYBK");
        vessel = "MINATO " + unique("VSL");
        voyage = unique("VOY");
        container = containerNo();
        ResponseEntity<JsonNode> deal = shipper.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", booking, "carrierCode", "ONEY"), JsonNode.class);
        assertThat(deal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        dealId = deal.getBody().get("id").asLong();
        ObjectNode si = shippingInstruction();
        ObjectNode fields = (ObjectNode) si.get("fields");
        fields.put("bookingNo", booking).put("vesselName", vessel.toLowerCase()).put("voyageNo", voyage);
        fields.withArray("goods").forEach(line -> ((ObjectNode) line).putArray("containerNumbers").add(container));
        ResponseEntity<JsonNode> created = shipper.postForEntity("/api/v1/deals/{d}/documents", si, JsonNode.class, dealId);
        assertThat(created.getStatusCode()).as("create S/I: %s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void colinsDataReachesTheTimelineOnlyWhileTheSwitchIsOnAndEachVersionOnce() {
        assertThat(shipper.getForObject("/api/v1/deals/{d}/colins-auto-update", JsonNode.class, dealId)
                .get("enabled").asBoolean()).isFalse();
        report(exportStatus("2026-06-10T09:00:00+09:00", false));
        pollAndProcess();
        assertThat(events("COLINS_UPDATE")).isEmpty();

        JsonNode on = switchTo(shipper, true);
        assertThat(on.get("enabled").asBoolean()).isTrue();
        assertThat(on.get("changedBy").asText()).startsWith("admin-" + shipperCode.toLowerCase());
        assertThat(events("COLINS_AUTO_UPDATE")).singleElement().satisfies(event -> {
            assertThat(event.at("/detail/enabled").asBoolean()).isTrue();
            assertThat(event.get("actor").asText()).isEqualTo(on.get("changedBy").asText());
            assertThat(event.get("actorCompany").asText()).isEqualTo(shipperCode);
        });
        // switching on again changes nothing and records nothing
        switchTo(shipper, true);
        assertThat(events("COLINS_AUTO_UPDATE")).hasSize(1);

        var gatedIn = exportStatus("2026-06-10T14:00:00+09:00", true);
        report(gatedIn, record("VESSEL_MOVEMENT", "YOK-MC3", "portCode", "JPYOK", "vesselName", vessel,
                "voyageNo", voyage, "scheduledArrival", "2026-06-12T06:00:00+09:00",
                "scheduledDeparture", "2026-06-13T01:00:00+09:00", "cargoCutOff", "2026-06-11T12:00:00+09:00"));
        pollAndProcess();

        List<JsonNode> updates = events("COLINS_UPDATE");
        assertThat(updates).hasSize(2);
        JsonNode byContainer = only(updates, "EXPORT_STATUS");
        assertThat(byContainer.get("channel").asText()).isEqualTo("COLINS");
        assertThat(byContainer.get("actor").asText()).isEqualTo("COLINS:YOK-MC3");
        assertThat(byContainer.at("/detail/record").asText()).isEqualTo("container " + container + " (booking "
                + booking + ") at YOK-MC3");
        assertThat(byContainer.at("/detail/matchedBy").asText()).isEqualTo("container + booking");
        assertThat(byContainer.at("/detail/appliedToDocuments").asBoolean()).isFalse();
        assertThat(fields(byContainer)).containsEntry("receivingAllowed", "true").containsEntry("vgmReceived", "true")
                .containsEntry("gateInAt", "2026-06-10T14:00+09:00");
        JsonNode byVessel = only(updates, "VESSEL_MOVEMENT");
        assertThat(byVessel.at("/detail/matchedBy").asText()).isEqualTo("vessel+voyage");
        assertThat(fields(byVessel)).containsEntry("scheduledArrival", "2026-06-12T06:00+09:00")
                .containsEntry("scheduledDeparture", "2026-06-13T01:00+09:00")
                .containsEntry("cargoCutOff", "2026-06-11T12:00+09:00");

        // the same version delivered again updates nothing again
        report(gatedIn);
        pollAndProcess();
        assertThat(events("COLINS_UPDATE")).hasSize(2);

        switchTo(shipper, false);
        report(exportStatus("2026-06-11T08:00:00+09:00", true));
        pollAndProcess();
        assertThat(events("COLINS_UPDATE")).hasSize(2);
        assertThat(events("COLINS_AUTO_UPDATE")).extracting(event -> event.at("/detail/enabled").asBoolean())
                .containsExactly(true, false);
    }

    @Test
    void switchingNeedsUpdateRightsOnSomeDocumentOfTheDeal() {
        String readerCode = PlatformFixtures.company(http, "CAR", BusinessType.FORWARDER);
        Map<String, String> readOnly = Arrays.stream(DocumentType.values())
                .collect(Collectors.toMap(Enum::name, type -> "READ", (a, b) -> a, LinkedHashMap::new));
        assertThat(PlatformFixtures.invite(shipper, dealId, readerCode, List.of(BusinessType.FORWARDER), readOnly, false)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        TestRestTemplate reader = PlatformFixtures.administrator(http, readerCode);
        TestRestTemplate stranger = PlatformFixtures.administrator(http,
                PlatformFixtures.company(http, "CAS", BusinessType.FORWARDER));

        ResponseEntity<JsonNode> refused = put(reader, true);
        ResponseEntity<JsonNode> unknown = put(stranger, true);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody().get("detail").asText()).contains("needs the rights to update");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(reader.getForObject("/api/v1/deals/{d}/colins-auto-update", JsonNode.class, dealId)
                .get("enabled").asBoolean()).isFalse();
        assertThat(stranger.getForEntity("/api/v1/deals/{d}/colins-auto-update", JsonNode.class, dealId)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put(shipper, null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(events("COLINS_AUTO_UPDATE")).isEmpty();
    }

    private Map<String, Object> exportStatus(String updatedAt, boolean gatedIn) {
        Map<String, Object> status = record("EXPORT_STATUS", "YOK-MC3", "portCode", "JPYOK", "containerNo", container,
                "bookingNo", booking, "carrierCode", "ONEY", "receivingAllowed", true, "vgmReceived", gatedIn,
                "updatedAt", updatedAt);
        if (gatedIn) {
            status.put("gateInAt", "2026-06-10T14:00:00+09:00");
        }
        return status;
    }

    private JsonNode switchTo(TestRestTemplate as, boolean enabled) {
        ResponseEntity<JsonNode> answer = put(as, enabled);
        assertThat(answer.getStatusCode()).as("switch: %s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> put(TestRestTemplate as, Boolean enabled) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", enabled);
        return as.exchange("/api/v1/deals/{d}/colins-auto-update", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class, dealId);
    }

    private List<JsonNode> events(String type) {
        JsonNode timeline = shipper.getForObject("/api/v1/deals/{d}/events", JsonNode.class, dealId);
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(event -> event.get("type").asText().equals(type)).toList();
    }

    private static JsonNode only(List<JsonNode> events, String dataSet) {
        return events.stream().filter(event -> event.at("/detail/dataSet").asText().equals(dataSet))
                .reduce((a, b) -> {
                    throw new AssertionError("two " + dataSet + " updates: " + a + ", " + b);
                }).orElseThrow(() -> new AssertionError("no " + dataSet + " update in " + events));
    }

    private static Map<String, String> fields(JsonNode event) {
        Map<String, String> fields = new LinkedHashMap<>();
        event.at("/detail/fields").forEach(field -> fields.put(field.get("name").asText(), field.get("value").asText()));
        return fields;
    }

    private static ObjectNode shippingInstruction() throws IOException {
        try (InputStream in = ColinsAutoUpdateIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}

package io.minato.hub.app.party;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invite;
import static io.minato.hub.app.PlatformFixtures.invited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who joins a deal, in what, who sees whom, and who may take whom off again (取引関係先). */
class DealParticipantsIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCompanyJoinsOnlyInBusinessTypesItRegisteredAndWithRightsNoStrongerThanTheDefaults() {
        TestRestTemplate shipper = administrator(http, company(http, "PS", BusinessType.SHIPPER));
        String trucker = company(http, "PT", BusinessType.TRUCKER);
        long dealId = deal(shipper, "EXPORT");

        ResponseEntity<JsonNode> unregistered = invite(shipper, dealId, trucker, List.of(BusinessType.OCEAN_CARRIER),
                Map.of(), false);
        assertThat(unregistered.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(unregistered.getBody().get("detail").asText()).contains(trucker, "OCEAN_CARRIER");

        // UL040 is NONE for a trucker by default: READ would strengthen it
        ResponseEntity<JsonNode> stronger = invite(shipper, dealId, trucker, List.of(BusinessType.TRUCKER),
                Map.of("UL040", "READ"), false);
        assertThat(stronger.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(stronger.getBody().get("documentType").asText()).isEqualTo("UL040");

        invited(shipper, dealId, trucker, BusinessType.TRUCKER);
        assertThat(invite(shipper, dealId, trucker, List.of(BusinessType.TRUCKER), Map.of(), false).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aWeakenedParticipantReadsButMayNotWriteWhatItsDefaultsWouldLetItWrite() throws IOException {
        TestRestTemplate shipper = administrator(http, company(http, "WS", BusinessType.SHIPPER));
        String forwarderCode = company(http, "WF", BusinessType.FORWARDER);
        TestRestTemplate forwarder = administrator(http, forwarderCode);
        long dealId = deal(shipper, "EXPORT");
        long siId = shippingInstruction(shipper, dealId);
        assertThat(invite(shipper, dealId, forwarderCode, List.of(BusinessType.FORWARDER), Map.of("UL040", "READ"), false)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> read = forwarder.getForEntity("/api/v1/deals/{d}/documents/{id}", JsonNode.class,
                dealId, siId);
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> write = forwarder.postForEntity("/api/v1/deals/{d}/documents",
                Map.of("type", "UL040", "fields", read.getBody().get("fields")), JsonNode.class, dealId);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(write.getBody().get("held").asText()).isEqualTo("READ");
        assertThat(write.getBody().get("needed").asText()).isEqualTo("READ_WRITE");

        // the inviter lifts the limit back to the default, which it may
        assertThat(shipper.exchange("/api/v1/deals/{d}/participants/{c}", HttpMethod.PATCH,
                new HttpEntity<>(Map.of("limits", Map.of(), "hidden", false)), JsonNode.class, dealId, forwarderCode)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forwarder.postForEntity("/api/v1/deals/{d}/documents",
                Map.of("type", "UL040", "fields", read.getBody().get("fields")), JsonNode.class, dealId).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void aHiddenParticipantIsSeenOnlyByItsInviterAndItself() {
        String shipperCode = company(http, "HS", BusinessType.SHIPPER);
        TestRestTemplate shipper = administrator(http, shipperCode);
        String brokerCode = company(http, "HB", BusinessType.CUSTOMS_BROKER);
        String carrierCode = company(http, "HC", BusinessType.OCEAN_CARRIER);
        long dealId = deal(shipper, "EXPORT");
        assertThat(invite(shipper, dealId, brokerCode, List.of(BusinessType.CUSTOMS_BROKER), Map.of(), true)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        invited(shipper, dealId, carrierCode, BusinessType.OCEAN_CARRIER);

        assertThat(companies(shipper, dealId)).containsExactlyInAnyOrder(shipperCode, brokerCode, carrierCode);
        assertThat(companies(administrator(http, brokerCode), dealId)).contains(brokerCode);
        assertThat(companies(administrator(http, carrierCode), dealId)).containsExactlyInAnyOrder(shipperCode, carrierCode);
    }

    @Test
    void onlyTheInviterRemovesAParticipantAndWhatItCreatedGoesWithIt() throws IOException {
        String shipperCode = company(http, "RS", BusinessType.SHIPPER);
        TestRestTemplate shipper = administrator(http, shipperCode);
        String forwarderCode = company(http, "RF", BusinessType.FORWARDER);
        TestRestTemplate forwarder = administrator(http, forwarderCode);
        String carrierCode = company(http, "RC", BusinessType.OCEAN_CARRIER);
        long dealId = deal(shipper, "EXPORT");
        long shippersSi = shippingInstruction(shipper, dealId);
        invited(shipper, dealId, forwarderCode, BusinessType.FORWARDER);
        invited(shipper, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        long forwardersSi = shippingInstruction(forwarder, dealId);

        ResponseEntity<JsonNode> byOther = administrator(http, carrierCode).exchange(
                "/api/v1/deals/{d}/participants/{c}", HttpMethod.DELETE, null, JsonNode.class, dealId, forwarderCode);
        assertThat(byOther.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byOther.getBody().get("detail").asText()).contains(shipperCode);
        // the owner was invited by nobody: nobody takes it off its own deal
        assertThat(forwarder.exchange("/api/v1/deals/{d}/participants/{c}", HttpMethod.DELETE, null, JsonNode.class,
                dealId, shipperCode).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(shipper.exchange("/api/v1/deals/{d}/participants/{c}", HttpMethod.DELETE, null, Void.class, dealId,
                forwarderCode).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(forwarder.getForEntity("/api/v1/deals/{d}", JsonNode.class, dealId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode deal = shipper.getForObject("/api/v1/deals/{d}", JsonNode.class, dealId);
        assertThat(deal.get("documents").findValues("id")).extracting(JsonNode::asLong)
                .contains(shippersSi).doesNotContain(forwardersSi);
        JsonNode timeline = shipper.getForObject("/api/v1/deals/{d}/events", JsonNode.class, dealId);
        assertThat(timeline.findValuesAsText("type")).contains("ORGANIZATION_REMOVED", "DOCUMENT_DELETED");
        JsonNode removed = JSON.createArrayNode();
        for (JsonNode row : shipper.getForObject("/api/v1/deals/{d}/participants", JsonNode.class, dealId)) {
            if (row.get("company").asText().equals(forwarderCode)) {
                removed = row;
            }
        }
        assertThat(removed.hasNonNull("removedAt")).isTrue();
    }

    @Test
    void aCompanyNotOnTheDealNeitherSeesNorInvitesNorFindsIt() {
        TestRestTemplate shipper = administrator(http, company(http, "NS", BusinessType.SHIPPER));
        String otherCode = company(http, "NO", BusinessType.FORWARDER);
        TestRestTemplate other = administrator(http, otherCode);
        long dealId = deal(shipper, "EXPORT");

        assertThat(other.getForEntity("/api/v1/deals/{d}", JsonNode.class, dealId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(invite(other, dealId, otherCode, List.of(BusinessType.FORWARDER), Map.of(), false).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(other.getForObject("/api/v1/deals?limit=500", JsonNode.class).findValues("id"))
                .noneMatch(id -> id.asLong() == dealId);
    }

    private static List<String> companies(TestRestTemplate as, long dealId) {
        List<String> codes = new ArrayList<>();
        as.getForObject("/api/v1/deals/{d}/participants", JsonNode.class, dealId)
                .forEach(row -> codes.add(row.get("company").asText()));
        return codes;
    }

    private static long shippingInstruction(TestRestTemplate as, long dealId) throws IOException {
        try (InputStream in = DealParticipantsIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/{d}/documents",
                    JSON.readTree(in), JsonNode.class, dealId);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }
}

package io.minato.hub.app.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Inbound EDIFACT names the deal's participants through the party table: known parties join the
 * deal, a booking whose customers are all unknown is rejected with the fix, and once the party is
 * registered the same archived message is re-processed into the deal.
 */
class InboundParticipantsIT extends HubIntegrationTest {

    private static final String BOOKING_PARTY_NAD =
            "NAD+BA+MINATOFWD:160:ZZZ++MINATO FORWARDING CO., LTD.+1-2-3 KAIGAN-DORI:NAKA-KU+YOKOHAMA++231-0002+JP'";
    private static final String SHIPPER_NAD = "NAD+CZ+++NIPPON AUTO PARTS K.K.+5-1 MEIEKI:NAKAMURA-KU+NAGOYA++450-0002+JP'";

    @Test
    void knownBookingPartyCarrierShipperAndConsigneeBecomeParticipantsOfTheDeal() throws IOException {
        long messageId = drop(iftmbc(reference("P"), "PTY" + System.nanoTime()));

        JsonNode message = awaitFinished(messageId);

        assertThat(message.get("status").asText()).as(message.path("reason").asText()).isEqualTo("PROCESSED");
        JsonNode participants = participants(message.get("dealId").asLong());
        assertThat(roleAndCode(participants)).containsExactlyInAnyOrder("CA ONEY", "BA MINATOFWD", "CZ NIPPONAUTO",
                "CN PACIFICIMP");
        assertThat(participants.findValues("sourceMessageId")).allMatch(id -> id.asLong() == messageId);
    }

    @Test
    void bookingWhoseCustomersAreAllUnknownIsRejectedWithTheFixAndAppliedOnceTheBookingPartyIsRegistered()
            throws IOException {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String partner = "PF" + n;
        assertThat(putPartner(partner).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String booking = "UNK" + n;
        String interchange = iftmbc(reference("U"), booking)
                .replace("UNOC:3+INTTRA:ZZZ", "UNOC:3+" + partner + ":ZZZ")
                .replace(BOOKING_PARTY_NAD, "NAD+BA+HBF" + n + ":160:ZZZ++HARBOUR FORWARDING " + n
                        + " CO., LTD.+1-1 SHINKO+YOKOHAMA++231-0001+JP'")
                .replace(SHIPPER_NAD, "NAD+CZ+++KOBE MACHINERY " + n + " K.K.+1 MINATOJIMA+KOBE++650-0045+JP'");

        JsonNode rejected = awaitFinished(drop(interchange));

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText()).contains("segment NAD #18", "NAD+BA 'HARBOUR FORWARDING " + n,
                "no party with NAD:ZZZ=HBF" + n, "PUT /api/v1/parties/{code}/identifiers/NAD:ZZZ/HBF" + n,
                "PUT /api/v1/parties/{code}/names {\"name\":\"HARBOUR FORWARDING " + n + " CO., LTD.\",\"address\":\"YOKOHAMA\"}");
        assertThat(http.getForObject("/api/v1/deals?bookingNo={b}", JsonNode.class, booking)).isEmpty();
        String aperak = rejected.at("/correlation/applicationAcknowledgement").asText();
        assertThat(aperak).startsWith("APERAK as wire message ");
        JsonNode aperakMessage = message(Long.parseLong(aperak.substring("APERAK as wire message ".length())));
        assertThat(aperakMessage.get("content").asText()).contains("ERC+53'", "HBF" + n);

        String code = "HBF" + n;
        assertThat(put("/api/v1/parties/{code}", Map.of("name", "HARBOUR FORWARDING " + n + " CO., LTD.",
                "businessTypes", List.of("FORWARDER")), code).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(put("/api/v1/parties/{code}/identifiers/{scheme}/{value}", null, code, "NAD:ZZZ", "HBF" + n)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = rejected.get("id").asLong();
        int attempts = rejected.get("attempts").asInt();
        assertThat(http.postForEntity("/api/v1/messages/{id}/reprocess", null, JsonNode.class, id).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        // the attempt counter moves before the status does, so only PROCESSED tells the new attempt's end
        JsonNode processed = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> message(id), m -> "PROCESSED".equals(m.get("status").asText()));
        assertThat(processed.get("attempts").asInt()).isGreaterThan(attempts);
        long dealId = processed.get("dealId").asLong();
        // the shipper is still unknown: it stays text on the booking confirmation, not a participant
        assertThat(roleAndCode(participants(dealId))).containsExactlyInAnyOrder("CA ONEY", "BA " + code, "CN PACIFICIMP");
        JsonNode deal = http.getForObject("/api/v1/deals/{id}", JsonNode.class, dealId);
        assertThat(deal.at("/documents/0/fields/shipper/name").asText()).isEqualTo("KOBE MACHINERY " + n + " K.K.");
    }

    @Test
    void bookingNamingNoCustomerRoleIsAcceptedWithTheKnownParties() throws IOException {
        String interchange = iftmbc(reference("N"), "NOC" + System.nanoTime())
                .replace(BOOKING_PARTY_NAD + "\n", "")
                .replace(SHIPPER_NAD + "\n", "")
                .replace("UNT+27+1'", "UNT+25+1'");

        JsonNode message = awaitFinished(drop(interchange));

        assertThat(message.get("status").asText()).as(message.path("reason").asText()).isEqualTo("PROCESSED");
        assertThat(roleAndCode(participants(message.get("dealId").asLong()))).containsExactlyInAnyOrder("CA ONEY",
                "CN PACIFICIMP");
    }

    private JsonNode participants(long dealId) {
        return http.getForObject("/api/v1/deals/{id}/participants", JsonNode.class, dealId);
    }

    private static List<String> roleAndCode(JsonNode participants) {
        List<String> pairs = new ArrayList<>();
        participants.forEach(p -> p.get("roles").forEach(role -> pairs.add(role.asText() + " " + p.get("company").asText())));
        return pairs;
    }

    private ResponseEntity<JsonNode> putPartner(String code) {
        return put("/api/v1/partners/{code}", fileChannelPartner(code, "Partner " + code, "D99B", "CONTRL_AND_APERAK"), code);
    }

    private ResponseEntity<JsonNode> put(String url, Object body, Object... variables) {
        return http.exchange(url, HttpMethod.PUT, body == null ? null : new HttpEntity<>(body), JsonNode.class, variables);
    }
}

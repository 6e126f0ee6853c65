package io.minato.hub.app.collaboration;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Messages on a deal between a shipper, its forwarder and the ocean carrier; restricted messages stay restricted. */
class DealMessageIT extends HubIntegrationTest {

    private TestRestTemplate shipper;
    private TestRestTemplate forwarder;
    private TestRestTemplate carrier;
    private TestRestTemplate outsider;
    private String forwarderCode;
    private String outsiderCode;
    private long dealId;
    private String messages;

    @BeforeEach
    void dealWithThreeCompanies() {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        forwarderCode = company(http, "FWD", BusinessType.FORWARDER);
        String carrierCode = company(http, "OCN", BusinessType.OCEAN_CARRIER);
        outsiderCode = company(http, "OUT", BusinessType.TRUCKER);
        shipper = administrator(http, shipperCode);
        forwarder = administrator(http, forwarderCode);
        carrier = administrator(http, carrierCode);
        outsider = administrator(http, outsiderCode);
        dealId = deal(shipper, "EXPORT");
        invited(shipper, dealId, forwarderCode, BusinessType.FORWARDER);
        invited(shipper, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        messages = "/api/v1/deals/" + dealId + "/messages";
    }

    @Test
    void aMessageRestrictedToAPartnerIsInvisibleToTheOtherParticipants() {
        assertThat(post(shipper, "本船は予定通り 12/5 出港です", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> restricted = post(shipper, "運賃は 1,200 USD で合意済みです", List.of(forwarderCode));
        assertThat(restricted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(restricted.getBody().get("visibleTo")).hasSize(1);
        assertThat(restricted.getBody().get("visibleTo").get(0).asText()).isEqualTo(forwarderCode);

        assertThat(texts(shipper)).containsExactly("運賃は 1,200 USD で合意済みです", "本船は予定通り 12/5 出港です");
        assertThat(texts(forwarder)).containsExactly("運賃は 1,200 USD で合意済みです", "本船は予定通り 12/5 出港です");
        assertThat(texts(carrier)).containsExactly("本船は予定通り 12/5 出港です");
        assertThat(texts(http)).hasSize(2);
    }

    @Test
    void theNamedPartnerCanAnswerOnlyToTheAuthor() {
        post(shipper, "請求書を添付しました", List.of(forwarderCode));
        String shipperCode = shipper.getForObject(messages, JsonNode.class).get(0).get("authorCompany").asText();

        ResponseEntity<JsonNode> answer = post(forwarder, "受領しました", List.of(shipperCode));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getBody().get("authorCompany").asText()).isEqualTo(forwarderCode);
        assertThat(texts(shipper)).containsExactly("受領しました", "請求書を添付しました");
        assertThat(texts(carrier)).isEmpty();
    }

    @Test
    void onlyTheInviterOfAHiddenParticipantMayAddressIt() {
        String hiddenCode = company(http, "HID", BusinessType.CUSTOMS_BROKER);
        ResponseEntity<JsonNode> invitation = PlatformFixtures.invite(shipper, dealId, hiddenCode,
                List.of(BusinessType.CUSTOMS_BROKER), Map.of(), true);
        assertThat(invitation.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> byForwarder = post(forwarder, "通関はどちらですか", List.of(hiddenCode));
        ResponseEntity<JsonNode> byShipper = post(shipper, "申告をお願いします", List.of(hiddenCode));

        assertThat(byForwarder.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(byShipper.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(texts(administrator(http, hiddenCode))).containsExactly("申告をお願いします");
        assertThat(texts(forwarder)).isEmpty();
    }

    @Test
    void onlyParticipantsReadOrWrite() {
        post(shipper, "hello", null);

        assertThat(outsider.getForEntity(messages, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(outsider, "hi", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesToRestrictAMessageToACompanyNotOnTheDeal() {
        ResponseEntity<JsonNode> answer = post(shipper, "secret", List.of(outsiderCode));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("detail").asText()).contains(outsiderCode);
        assertThat(texts(shipper)).isEmpty();
    }

    @Test
    void refusesAnEmptyOrTooLongText() {
        ResponseEntity<JsonNode> empty = post(shipper, " ", null);
        ResponseEntity<JsonNode> tooLong = post(shipper, "あ".repeat(4001), null);
        ResponseEntity<JsonNode> longest = post(shipper, "あ".repeat(4000), null);

        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLong.getBody().get("errors").findValuesAsText("field")).containsExactly("text");
        assertThat(longest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void pagesBackwardsFromTheNewest() {
        for (int i = 1; i <= 5; i++) {
            post(i % 2 == 0 ? forwarder : shipper, "message " + i, null);
        }

        ResponseEntity<JsonNode> first = shipper.getForEntity(messages + "?limit=2", JsonNode.class);
        assertThat(first.getBody().findValuesAsText("text")).containsExactly("message 5", "message 4");
        String next = first.getHeaders().getFirst(HttpHeaders.LINK);
        assertThat(next).endsWith("; rel=\"next\"");
        String nextUri = next.substring(1, next.indexOf('>'));

        ResponseEntity<JsonNode> second = shipper.getForEntity(nextUri, JsonNode.class);
        assertThat(second.getBody().findValuesAsText("text")).containsExactly("message 3", "message 2");
        long oldestShown = second.getBody().get(1).get("id").asLong();
        JsonNode last = shipper.getForObject(messages + "?before=" + oldestShown + "&limit=2", JsonNode.class);
        assertThat(last.findValuesAsText("text")).containsExactly("message 1");
        assertThat(shipper.getForEntity(messages + "?limit=0", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<JsonNode> post(TestRestTemplate as, String text, List<String> visibleTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (visibleTo != null) {
            body.put("visibleTo", visibleTo);
        }
        return as.postForEntity(messages, body, JsonNode.class);
    }

    private List<String> texts(TestRestTemplate as) {
        ResponseEntity<JsonNode> page = as.getForEntity(messages, JsonNode.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        return page.getBody().findValuesAsText("text");
    }
}

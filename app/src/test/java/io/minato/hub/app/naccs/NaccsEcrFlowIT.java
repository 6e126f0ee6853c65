package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

/**
 * Flow 3, NACCS out and back: an ECR draft prefilled from the deal's S/I (with its prefill report),
 * edited, sent by SMTP to the NACCS simulator as the seeded NACCS user MNT01Y01 by the platform user
 * linked to it; the simulator answers by SMTP to the hub's listener and the hub applies the answers.
 */
class NaccsEcrFlowIT extends HubIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ObjectMapper json;

    private long dealId;

    @BeforeEach
    void createDeal() {
        dealId = http.postForObject("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "N" + System.nanoTime(), "carrierCode", "ONEY"),
                JsonNode.class).get("id").asLong();
    }

    @Test
    void draftsEcrFromTheShippingInstructionWithItsPrefillReportSendsItAndRecordsTheExportControlNumber()
            throws IOException {
        long documentId = createShippingInstruction(sample());

        ResponseEntity<JsonNode> drafted = operator().postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                JsonNode.class);
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = drafted.getBody();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.at("/layout/titleJa").asText()).isEqualTo("輸出貨物情報登録");
        // the prefill report: ≥ 80 % of the applicable ECR items come from the S/I, each with its source
        assertThat(draft.at("/prefill/filledShare").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(draft.at("/prefill/filledPercent").asInt()).isGreaterThanOrEqualTo(80);
        assertThat(draft.at("/prefill/notApplicable/dangerousGoodsCode").asText()).contains("UL030");
        JsonNode exporterName = item(draft, "exporterName");
        assertThat(exporterName.get("value").asText()).isEqualTo("横浜商事株式会社");
        assertThat(exporterName.get("source").asText()).isEqualTo("UL040#" + documentId + " /shipper/name");
        assertThat(exporterName.get("japaneseName").asText()).isEqualTo("輸出者名");
        assertThat(exporterName.get("englishName").asText()).isEqualTo("Exporter name");
        assertThat(exporterName.get("filled").asBoolean()).isTrue();
        assertThat(item(draft, "vesselCode").get("filled").asBoolean()).isFalse();
        assertThat(drafted.getHeaders().getETag()).isEqualTo("\"1\"");

        ResponseEntity<JsonNode> accepted = operator().postForEntity(
                "/api/v1/naccs/submissions/" + draft.get("id").asLong() + "/send", null, JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody().get("handOverInfo").asText()).startsWith("MINATO-");
        assertThat(accepted.getBody().get("naccsUserId").asText()).isEqualTo("MNT01Y01");

        JsonNode submission = await().atMost(PATIENCE).until(this::firstSubmission,
                s -> s.hasNonNull("exportControlNumber") && "ACCEPTED".equals(s.get("status").asText()));
        assertThat(submission.get("resultCodes")).extracting(JsonNode::asText).containsExactly("00000-0000-0000");
        assertThat(submission.get("naccsUserId").asText()).isEqualTo("MNT01Y01");
        String exportControlNumber = submission.get("exportControlNumber").asText();

        JsonNode shippingInstruction = http.getForObject(
                "/api/v1/deals/" + dealId + "/documents/" + documentId, JsonNode.class);
        assertThat(shippingInstruction.at("/fields/exportControlNumber").asText()).isEqualTo(exportControlNumber);
        assertThat(shippingInstruction.get("version").asInt()).isEqualTo(2);

        long outboundId = submission.get("outboundMessageId").asLong();
        JsonNode outbound = operator().getForObject("/api/v1/messages/" + outboundId, JsonNode.class);
        assertThat(outbound.get("direction").asText()).isEqualTo("OUT");
        assertThat(outbound.get("status").asText()).isEqualTo("SENT");
        assertThat(outbound.at("/correlation/naccsUser").asText()).isEqualTo("MNT01Y01");
        assertThat(outbound.at("/correlation/naccsUserCode").asText()).isEqualTo("MNT01");
        byte[] archived = Base64.getDecoder().decode(outbound.get("contentBase64").asText());
        String archivedText = new String(archived, StandardCharsets.UTF_8);
        assertThat(archivedText.substring(3, 8)).isEqualTo("ECR  ");
        assertThat(archivedText.substring(29, 37)).isEqualTo("MNT01Y01");
        assertThat(archivedText.substring(37, 45)).isEqualTo("********");
        assertThat(archivedText).doesNotContain("simpass1");
        assertThat(archivedText).contains("横浜商事株式会社", "JPYOK", "USLGB", "1AW01");

        JsonNode timeline = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        assertThat(timeline).extracting(event -> event.get("type").asText()).contains("NACCS_SUBMITTED", "NACCS_DATA_RECEIVED");
        JsonNode dealMessages = operator().getForObject("/api/v1/deals/" + dealId + "/naccs/messages", JsonNode.class);
        assertThat(dealMessages).extracting(m -> m.get("direction").asText()).containsExactly("OUT", "IN", "IN");
        assertThat(dealMessages.findValues("content")).isEmpty();
    }

    @Test
    void refusesToSendADraftWithEmptyMandatoryItemsNamingThemThenSendsItOnceTheUserFilledThem() throws IOException {
        ObjectNode request = sample();
        ((ObjectNode) request.get("fields")).remove("bondedAreaCode");
        createShippingInstruction(request);
        JsonNode draft = operator().postForObject("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class);
        long id = draft.get("id").asLong();
        assertThat(item(draft, "bondedAreaCode").get("filled").asBoolean()).isFalse();

        ResponseEntity<JsonNode> refused = operator().postForEntity("/api/v1/naccs/submissions/" + id + "/send", null,
                JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("detail").asText()).contains("搬入予定保税地域コード (Planned bonded-area code)");
        assertThat(refused.getBody().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("items.bondedAreaCode");
        assertThat(operator().getForObject("/api/v1/naccs/submissions/" + id, JsonNode.class).get("status").asText())
                .isEqualTo("DRAFT");

        ResponseEntity<JsonNode> stale = edit(id, "\"0\"", Map.of("bondedAreaCode", "1AW01"));
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> edited = edit(id, "\"1\"", Map.of("bondedAreaCode", "1AW01"));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(item(edited.getBody(), "bondedAreaCode").get("source").asText()).isEqualTo("entered by operator");
        assertThat(edited.getHeaders().getETag()).isEqualTo("\"2\"");

        assertThat(operator().postForEntity("/api/v1/naccs/submissions/" + id + "/send", null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode submission = await().atMost(PATIENCE).until(this::firstSubmission,
                s -> "ACCEPTED".equals(s.get("status").asText()));
        assertThat(submission.get("resultCodes")).extracting(JsonNode::asText).containsExactly("00000-0000-0000");
        assertThat(edit(id, "\"3\"", Map.of("marks", "X")).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void refusesADraftThatDoesNotFitTheLayoutNamingTheItemAndNothingIsSent() throws IOException {
        ObjectNode request = sample();
        ((ObjectNode) request.get("fields").get("goods").get(0)).put("marks", "M".repeat(200));
        createShippingInstruction(request);
        long id = operator().postForObject("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class)
                .get("id").asLong();

        ResponseEntity<JsonNode> refused = operator().postForEntity("/api/v1/naccs/submissions/" + id + "/send", null,
                JsonNode.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText()).contains("MARK").contains("byte");
        assertThat(refused.getBody().get("errors").get(0).get("message").asText()).contains("記号番号 (Marks and numbers)");
        JsonNode submission = firstSubmission();
        assertThat(submission.get("status").asText()).isEqualTo("DRAFT");
        assertThat(submission.hasNonNull("outboundMessageId")).isFalse();
    }

    @Test
    void draftsEcrForADealWithoutShippingInstructionWithNothingFilled() {
        ResponseEntity<JsonNode> drafted = operator().postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                JsonNode.class);

        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(drafted.getBody().at("/prefill/filledShare").asDouble()).isZero();
        assertThat(drafted.getBody().at("/prefill/note").asText()).contains("UL040");
    }

    @Test
    void refusesABusinessCodeWithoutLayout() {
        ResponseEntity<JsonNode> answer = operator().postForEntity("/api/v1/deals/" + dealId + "/naccs/ZZZ99", null,
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).contains("ZZZ99").contains("layout");
    }

    @Test
    void draftingNeedsAPlatformUser() {
        assertThat(anonymous.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("operator", "wrong-password")
                .postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> edit(long id, String ifMatch, Map<String, String> items) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch(ifMatch);
        return operator().exchange("/api/v1/naccs/submissions/" + id, HttpMethod.PATCH,
                new HttpEntity<>(Map.of("items", items), headers), JsonNode.class);
    }

    private static JsonNode item(JsonNode draft, String key) {
        return NaccsFixtures.draftItem(draft, key);
    }

    private TestRestTemplate operator() {
        return http.withBasicAuth(OPERATOR, OPERATOR_PASSWORD);
    }

    private JsonNode firstSubmission() {
        JsonNode submissions = operator().getForObject("/api/v1/deals/" + dealId + "/naccs", JsonNode.class);
        assertThat(submissions).hasSize(1);
        return submissions.get(0);
    }

    private long createShippingInstruction(ObjectNode request) {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/" + dealId + "/documents", request,
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }

    private ObjectNode sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            return (ObjectNode) json.readTree(in);
        }
    }
}

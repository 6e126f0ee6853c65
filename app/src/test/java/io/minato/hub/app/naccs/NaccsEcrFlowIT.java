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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Flow 3, NACCS out and back: ECR built from the deal's S/I goes by SMTP to the NACCS simulator,
 * which answers by SMTP to the hub's listener; the hub correlates and applies the answers.
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
    void registersEcrAndRecordsTheExportControlNumberOnTheShippingInstruction() throws IOException {
        long documentId = createShippingInstruction(sample());

        ResponseEntity<JsonNode> accepted = http.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                JsonNode.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(accepted.getBody().get("handOverInfo").asText()).startsWith("MINATO-");

        JsonNode submission = await().atMost(PATIENCE).until(this::firstSubmission,
                s -> s.hasNonNull("exportControlNumber") && "ACCEPTED".equals(s.get("status").asText()));
        assertThat(submission.get("resultCodes")).extracting(JsonNode::asText).containsExactly("00000-0000-0000");
        assertThat(submission.get("naccsUserId").asText()).isEqualTo("MNT01Y01");
        String exportControlNumber = submission.get("exportControlNumber").asText();

        JsonNode shippingInstruction = http.getForObject(
                "/api/v1/deals/" + dealId + "/documents/" + documentId, JsonNode.class);
        assertThat(shippingInstruction.at("/fields/exportControlNumber").asText()).isEqualTo(exportControlNumber);
        assertThat(shippingInstruction.get("version").asInt()).isEqualTo(2);

        JsonNode outbound = http.getForObject("/api/v1/messages/" + submission.get("outboundMessageId").asLong(),
                JsonNode.class);
        assertThat(outbound.get("direction").asText()).isEqualTo("OUT");
        assertThat(outbound.get("status").asText()).isEqualTo("SENT");
        byte[] archived = Base64.getDecoder().decode(outbound.get("contentBase64").asText());
        String archivedText = new String(archived, StandardCharsets.UTF_8);
        assertThat(archivedText.substring(3, 8)).isEqualTo("ECR  ");
        assertThat(archivedText.substring(29, 37)).isEqualTo("MNT01Y01");
        assertThat(archivedText.substring(37, 45)).isEqualTo("********");
        assertThat(archivedText).doesNotContain("simpass1");
        assertThat(archivedText).contains("横浜商事株式会社", "JPYOK", "USLGB", "1AW01");

        JsonNode timeline = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        assertThat(timeline).extracting(event -> event.get("type").asText()).contains("NACCS_SUBMITTED", "NACCS_DATA_RECEIVED");
        JsonNode inbound = http.getForObject("/api/v1/messages?status=PROCESSED&limit=500", JsonNode.class);
        assertThat(inbound.findValues("correlation").stream()
                .filter(c -> submission.get("handOverInfo").asText().equals(c.path("handOverInfo").asText())))
                .hasSize(2);
    }

    @Test
    void recordsTheNaccsErrorWhenAMandatoryItemIsMissing() throws IOException {
        ObjectNode request = sample();
        ((ObjectNode) request.get("fields")).remove("bondedAreaCode");
        long documentId = createShippingInstruction(request);

        http.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class);

        JsonNode submission = await().atMost(PATIENCE).until(this::firstSubmission,
                s -> "REJECTED".equals(s.get("status").asText()));
        assertThat(submission.get("resultCodes")).extracting(JsonNode::asText)
                .anyMatch(code -> code.startsWith("E") && code.contains("-BDCD-"));
        assertThat(submission.hasNonNull("exportControlNumber")).isFalse();
        JsonNode shippingInstruction = http.getForObject(
                "/api/v1/deals/" + dealId + "/documents/" + documentId, JsonNode.class);
        assertThat(shippingInstruction.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void failsASubmissionThatDoesNotFitTheLayoutNamingTheItemAndNothingIsSent() throws IOException {
        ObjectNode request = sample();
        ((ObjectNode) request.get("fields").get("goods").get(0)).put("marks", "M".repeat(200));
        createShippingInstruction(request);

        http.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null, JsonNode.class);

        JsonNode submission = await().atMost(PATIENCE).until(this::firstSubmission,
                s -> "FAILED".equals(s.get("status").asText()));
        assertThat(submission.get("reason").asText()).contains("MARK").contains("byte");
        assertThat(submission.hasNonNull("outboundMessageId")).isFalse();
    }

    @Test
    void refusesEcrForADealWithoutShippingInstruction() {
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody().get("detail").asText()).contains("UL040");
    }

    @Test
    void refusesABusinessCodeItCannotBuildYet() throws IOException {
        createShippingInstruction(sample());

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/deals/" + dealId + "/naccs/EDA", null,
                JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).contains("EDA").contains("ECR");
    }

    private JsonNode firstSubmission() {
        JsonNode submissions = http.getForObject("/api/v1/deals/" + dealId + "/naccs", JsonNode.class);
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

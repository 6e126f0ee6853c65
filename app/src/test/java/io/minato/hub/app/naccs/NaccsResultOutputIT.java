package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A processing-result notice with an E code: the submission is REJECTED and the item named in words.
 * The hub itself refuses to send a draft with an empty mandatory item (NaccsEcrFlowIT), so the test
 * plays a gateway whose layout says less than NACCS's: it sends the ECR without the item itself.
 */
class NaccsResultOutputIT extends NaccsOutputItSupport {

    @Test
    void rejectsTheSubmissionNamingTheMissingMandatoryItemInJapaneseAndEnglish() throws Exception {
        long documentId = createShippingInstruction(sample());
        String handOver = "IT-ECR-" + System.nanoTime();
        String inputId = inputIdNumber();
        recordSubmission(documentId, "ECR", handOver, inputId);

        sendToSimulator(inputLeavingEmpty("ECR", handOver, inputId, "bondedAreaCode"));

        JsonNode submission = await().atMost(PATIENCE).until(
                () -> operator().getForObject("/api/v1/deals/" + dealId + "/naccs", JsonNode.class).get(0),
                s -> "REJECTED".equals(s.get("status").asText()));
        assertThat(submission.get("resultCodes")).extracting(JsonNode::asText).containsExactly("E0001-BDCD-0000");

        List<JsonNode> notices = await().atMost(PATIENCE).until(() -> dealOutputs("*AECR"), found -> !found.isEmpty());
        JsonNode notice = notices.get(0);
        assertThat(notice.get("status").asText()).isEqualTo("APPLIED");
        assertThat(notice.get("messageKind").asText()).isEqualTo("R");
        JsonNode result = notice.get("results").get(0);
        assertThat(result.get("code").asText()).isEqualTo("E0001-BDCD-0000");
        assertThat(result.get("japanese").asText())
                .isEqualTo("E0001 必須項目が入力されていません: 搬入予定保税地域コード (BDCD)");
        assertThat(result.get("english").asText())
                .isEqualTo("E0001 A mandatory item is missing: Planned bonded-area code (BDCD)");

        assertThat(timeline()).anySatisfy(event -> {
            assertThat(event.get("type").asText()).isEqualTo("NACCS_DATA_RECEIVED");
            assertThat(event.toString()).contains("搬入予定保税地域コード", "Planned bonded-area code");
        });
        JsonNode mail = operator().getForObject("/api/v1/messages/" + notice.get("wireMessageId").asLong(), JsonNode.class);
        assertThat(mail.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(mail.get("correlation").get("naccsUserCode").asText()).isEqualTo(USER_CODE);
        assertThat(mail.get("correlation").get("naccsUser").asText()).isEqualTo("MNT01Y01");

        // the output's content is the NACCS user's: a platform user not linked to MNT01Y01 sees metadata only
        JsonNode seenByOutsider = as(platformUser("outsider", null)).getForObject(
                "/api/v1/naccs/outputs/" + notice.get("id").asLong(), JsonNode.class);
        assertThat(seenByOutsider.get("status").asText()).isEqualTo("APPLIED");
        assertThat(seenByOutsider.has("results")).isFalse();
        assertThat(seenByOutsider.has("items")).isFalse();
        assertThat(seenByOutsider.get("contentWithheld").asText()).contains("not linked", "MNT01Y01");
    }
}

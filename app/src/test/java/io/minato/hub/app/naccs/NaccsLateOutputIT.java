package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * S/I → ECR → EDA → IEX → ICG through the hub's drafts and sends, each prefilled from what the
 * previous outputs wrote back into the S/I, and outputs that arrive late and out of order: the
 * export permit (輸出許可通知, EXZ) is held at NACCS and only retrieved with SYG after a later IEX
 * inquiry already said PERMITTED. The permit still
 * applies what only it says (the permit date-time); the inquiry's newer status is not overwritten
 * by the older permit, and a re-processed old output changes nothing. Everything is on the timeline.
 */
class NaccsLateOutputIT extends NaccsOutputItSupport {

    private static Map<String, String> mapOf(String key1, String value1, String key2, String value2) {
        Map<String, String> map = new java.util.HashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    @Test
    void appliesAPermitRetrievedAfterALaterInquiryWithoutOverwritingNewerData() throws Exception {
        long documentId = createShippingInstruction(sample());
        String exportControlNumber = registerEcr().get("exportControlNumber").asText();
        simulator.behave(new Behaviour(Duration.ZERO, Duration.ofMillis(500), 0, false,
                Set.of(NaccsSimulator.PERMIT_OUTPUT_CODE)));

        // EDA: prefilled with the export control number ECR wrote into the S/I; accepted, under customs review
        Run eda = draftAndSend("EDA", Map.of());
        assertThat(eda.item("exportControlNumber").get("value").asText()).isEqualTo(exportControlNumber);
        assertThat(eda.item("exportControlNumber").get("source").asText()).startsWith("UL040#" + documentId);
        assertThat(eda.submission().get("status").asText()).isEqualTo("ACCEPTED");
        String declarationNumber = await().atMost(PATIENCE).until(() -> dealOutputs(NaccsSimulator.DECLARATION_ACCEPTED_OUTPUT_CODE),
                found -> !found.isEmpty() && found.get(0).get("status").asText().equals("APPLIED"))
                .get(0).at("/items/declarationNumber").asText();
        String subject = "DECLARATION:" + declarationNumber;
        assertThat(customsField(subject, "declarationStatus")).hasValueSatisfying(
                row -> assertThat(row.get("value").asText()).isEqualTo("UNDER_REVIEW"));

        // customs permit; NACCS holds the notice (the hub's listener "was down")
        await().atMost(PATIENCE).until(() -> simulator.heldOutputs(USER_CODE)
                .containsKey(NaccsSimulator.PERMIT_OUTPUT_CODE));
        // the inquiry's reception time (seconds) must be later than the permit's
        await().pollDelay(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(2)).until(() -> true);

        // a later IEX inquiry, prefilled with the declaration number the EDA output wrote into the S/I, sees the permit
        Run iex = draftAndSend("IEX", Map.of());
        assertThat(iex.item("declarationNumber").get("value").asText()).isEqualTo(declarationNumber);
        JsonNode inquiry = await().atMost(PATIENCE).until(
                () -> dealOutputs(NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE),
                found -> !found.isEmpty() && found.get(0).get("status").asText().equals("APPLIED")).get(0);
        JsonNode statusByInquiry = customsField(subject, "declarationStatus").orElseThrow();
        assertThat(statusByInquiry.get("value").asText()).isEqualTo("PERMITTED");
        assertThat(statusByInquiry.get("wireMessageId").asLong()).isEqualTo(inquiry.get("wireMessageId").asLong());

        // SYG REF lists what NACCS holds; the hub pulls the listed code; the old permit arrives last
        assertThat(operator().postForEntity("/api/v1/naccs/retrieval", Map.of("code", "REF"), JsonNode.class)
                .getStatusCode().value()).isEqualTo(202);
        JsonNode permit = await().atMost(PATIENCE).until(() -> dealOutputs(NaccsSimulator.PERMIT_OUTPUT_CODE),
                found -> !found.isEmpty() && found.get(0).get("status").asText().equals("APPLIED")).get(0);
        assertThat(permit.get("destinationType").asText()).isEqualTo("Z");
        assertThat(permit.at("/olderThanHeld/" + subject.replace("/", "~1")).toString()).contains("declarationStatus");
        JsonNode list = operator().getForObject("/api/v1/naccs/outputs?code=SYG0010", JsonNode.class).get(0);
        assertThat(list.at("/items/outputInfoCode[1]").asText()).isEqualTo(NaccsSimulator.PERMIT_OUTPUT_CODE);
        assertThat(simulator.heldOutputs(USER_CODE)).isEmpty();

        // the permit applied what only it knows; the newer status stays the inquiry's
        assertThat(customsField(subject, "permittedAt")).hasValueSatisfying(row -> assertThat(
                row.get("wireMessageId").asLong()).isEqualTo(permit.get("wireMessageId").asLong()));
        assertThat(customsField(subject, "declarationStatus").orElseThrow().get("wireMessageId").asLong())
                .isEqualTo(inquiry.get("wireMessageId").asLong());
        JsonNode shippingInstruction = http.getForObject("/api/v1/deals/" + dealId + "/documents/" + documentId,
                JsonNode.class);
        assertThat(shippingInstruction.at("/fields/customs/declarationNumber").asText()).isEqualTo(declarationNumber);
        assertThat(shippingInstruction.at("/fields/customs/status").asText()).isEqualTo("PERMITTED");
        assertThat(shippingInstruction.at("/fields/customs/permittedAt").isNull()).isFalse();

        List<JsonNode> timeline = timeline();
        assertThat(timeline).anySatisfy(event -> assertThat(event.toString())
                .contains(NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE));
        assertThat(timeline).anySatisfy(event -> assertThat(event.toString())
                .contains(NaccsSimulator.PERMIT_OUTPUT_CODE, "olderThanHeld"));

        // a cargo inquiry (ICG) asked by export control number (the user changes the prefilled key)
        Run icg = draftAndSend("ICG", mapOf("exportControlNumber", exportControlNumber, "bookingNumber", null));
        assertThat(icg.submission().get("status").asText()).isEqualTo("ACCEPTED");
        await().atMost(PATIENCE).until(() -> customsField("CARGO:" + exportControlNumber, "cargoStatus")
                .map(row -> row.get("value").asText()).orElse(""), "PERMITTED"::equals);

        // an old output delivered again (a redelivery after a crash) (UNDER_REVIEW) does not set the permitted declaration back
        long oldOutput = dealOutputs(NaccsSimulator.DECLARATION_ACCEPTED_OUTPUT_CODE).get(0).get("wireMessageId").asLong();
        redeliver(oldOutput);
        await().atMost(PATIENCE).until(() -> naccsMessage(oldOutput).get("attempts").asInt() >= 2
                && naccsMessage(oldOutput).get("status").asText().equals("PROCESSED"));
        assertThat(customsField(subject, "declarationStatus").orElseThrow().get("value").asText())
                .isEqualTo("PERMITTED");
    }
}

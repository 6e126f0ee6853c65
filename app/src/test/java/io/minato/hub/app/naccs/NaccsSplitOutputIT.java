package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A split output (parts 1..n, the last flagged E) arriving last part first: joined, then applied
 * once; a part delivered twice or re-processed applies nothing again.
 */
class NaccsSplitOutputIT extends NaccsOutputItSupport {

    @Test
    void joinsTheParts() throws Exception {
        simulator.behave(new Behaviour(Duration.ZERO, null, 40, true, Set.of()));
        long documentId = createShippingInstruction(sample());

        JsonNode submission = registerEcr();

        String exportControlNumber = submission.get("exportControlNumber").asText();
        JsonNode shippingInstruction = http.getForObject("/api/v1/deals/" + dealId + "/documents/" + documentId,
                JsonNode.class);
        assertThat(shippingInstruction.at("/fields/exportControlNumber").asText()).isEqualTo(exportControlNumber);
        assertThat(shippingInstruction.get("version").asInt()).isEqualTo(2);

        List<JsonNode> parts = await().atMost(PATIENCE).until(
                () -> dealOutputs(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE),
                found -> found.size() > 2 && found.stream().anyMatch(p -> p.get("status").asText().equals("APPLIED"))
                        && found.stream().noneMatch(p -> p.get("status").asText().equals("RECEIVED")));
        assertThat(parts).allSatisfy(part -> assertThat(part.get("splitSeq").asInt()).isPositive());
        assertThat(parts).filteredOn(part -> part.get("status").asText().equals("APPLIED")).singleElement()
                .satisfies(applied -> assertThat(applied.at("/items/exportControlNumber").asText())
                        .isEqualTo(exportControlNumber));
        assertThat(parts).filteredOn(part -> part.get("status").asText().equals("PART_JOINED"))
                .hasSize(parts.size() - 1);

        // the same part mail again (NACCS redelivers): recognised by its sequence number, nothing applied
        JsonNode waiting = parts.stream().filter(p -> p.get("status").asText().equals("PART_JOINED")).findFirst()
                .orElseThrow();
        JsonNode archived = naccsMessage(waiting.get("wireMessageId").asLong());
        resendRawToHub(Base64.getDecoder().decode(archived.get("contentBase64").asText()));
        // and a redelivery (after a crash) of the part that completed the set
        long completing = parts.stream().filter(p -> p.get("status").asText().equals("APPLIED")).findFirst()
                .orElseThrow().get("wireMessageId").asLong();
        redeliver(completing);

        await().atMost(PATIENCE).until(() -> dealOutputs(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE).stream()
                .anyMatch(p -> p.get("status").asText().equals("PART_DUPLICATE")));
        await().atMost(PATIENCE).until(() -> naccsMessage(completing).get("attempts").asInt() >= 2
                && naccsMessage(completing).get("status").asText().equals("PROCESSED"));
        assertThat(http.getForObject("/api/v1/deals/" + dealId + "/documents/" + documentId, JsonNode.class)
                .get("version").asInt()).isEqualTo(2);
        assertThat(timeline()).filteredOn(e -> e.toString().contains(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE))
                .hasSize(1);
    }
}

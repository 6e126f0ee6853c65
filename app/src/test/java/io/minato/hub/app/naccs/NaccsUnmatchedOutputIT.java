package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * An output nobody waits for (an EXC to a related party, an echo the hub does not know): archived,
 * kept UNMATCHED with the reason, listed; once a submission with its echo is known, re-processing
 * applies it to that deal.
 */
class NaccsUnmatchedOutputIT extends NaccsOutputItSupport {

    @Test
    void keepsListsAndLaterAppliesAnOutputNobodyWaitedFor() throws Exception {
        long documentId = createShippingInstruction(sample());
        String handOver = "IT-EXC-" + System.nanoTime();
        String inputId = inputIdNumber();
        String declarationNumber = String.format("%011d", System.nanoTime() % 100_000_000_000L);
        NaccsLayout layout = NaccsLayout.fromClasspath("naccs/layouts/" + NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE
                + ".layout");
        LocalDateTime receivedAt = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        OutputCommonPart common = new OutputCommonPart("IEX", NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE,
                receivedAt, USER_CODE, "", declarationNumber, handOver, 1, true, MessageKind.M, inputId, "",
                DestinationType.C, 0);
        byte[] output = new NaccsMessage(common, layout.encode(Map.of("declarationNumber", declarationNumber,
                "declarationStatus", "PERMITTED", "statusAt", "20260101120000"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).toBytes();

        sendToHub(output);

        JsonNode unmatched = await().atMost(PATIENCE).until(
                () -> StreamSupport.stream(operator().getForObject("/api/v1/naccs/outputs?matched=false", JsonNode.class)
                        .spliterator(), false).filter(o -> handOver.equals(o.get("handOverInfo").asText())).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(unmatched.get("status").asText()).isEqualTo("UNMATCHED");
        assertThat(unmatched.get("reason").asText()).contains("unmatched", handOver, declarationNumber);
        assertThat(unmatched.at("/items/declarationStatus").asText()).isEqualTo("PERMITTED");
        assertThat(unmatched.hasNonNull("dealId")).isFalse();
        long wireMessageId = unmatched.get("wireMessageId").asLong();
        JsonNode mail = naccsMessage(wireMessageId);
        assertThat(mail.get("status").asText()).isEqualTo("REJECTED");
        assertThat(mail.get("reason").asText()).contains("unmatched");
        assertThat(mail.get("correlation").get("naccsUserCode").asText()).isEqualTo(USER_CODE);

        // the input it answers becomes known (its send is recorded late); re-process it
        recordSubmission(documentId, "IEX", handOver, inputId);
        assertThat(operator().postForEntity("/api/v1/naccs/outputs/" + unmatched.get("id").asLong() + "/reprocess", null,
                JsonNode.class).getStatusCode().value()).isEqualTo(202);

        JsonNode applied = await().atMost(PATIENCE).until(
                () -> operator().getForObject("/api/v1/naccs/outputs/" + unmatched.get("id").asLong(), JsonNode.class),
                o -> "APPLIED".equals(o.get("status").asText()));
        assertThat(applied.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(naccsMessage(wireMessageId).get("status").asText()).isEqualTo("PROCESSED");
        assertThat(naccsMessage(wireMessageId).get("correlation").get("naccsUser").asText()).isEqualTo("MNT01Y01");
        assertThat(customsField("DECLARATION:" + declarationNumber, "declarationStatus")).hasValueSatisfying(
                row -> assertThat(row.get("value").asText()).isEqualTo("PERMITTED"));
        assertThat(timeline()).anySatisfy(event -> assertThat(event.toString())
                .contains(NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE, "PERMITTED"));
    }
}

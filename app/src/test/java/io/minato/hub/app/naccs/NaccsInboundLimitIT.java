package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.wire.InboundFlood;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * NACCS outputs for a company's NACCS user past the company's inbound limit: each mail is archived at once and
 * tied to the company that registered the NACCS user, those over the limit wait (DEFERRED), and all are applied
 * to their submissions later, none lost.
 */
class NaccsInboundLimitIT extends NaccsOutputItSupport {

    /** application-test.yml: 3 per PT4S. */
    private static final String COMPANY = "NACCSFLOOD";
    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final int FLOOD = 8;

    @Test
    void outputsForACompanysNaccsUserOverItsLimitWaitAndAreAllAppliedLater() throws Exception {
        assertThat(http.exchange("/api/v1/parties/" + COMPANY, HttpMethod.PUT, new HttpEntity<>(Map.of("name",
                "Flooding Forwarder K.K.", "businessTypes", List.of("CUSTOMS_BROKER"))), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        TestRestTemplate administrator = PlatformFixtures.administrator(http, COMPANY);
        String userCode = userCode('F');
        naccsUser(administrator, Map.of("userCode", userCode, "identifier", "Y01", "password", "flood1"), List.of());
        long documentId = createShippingInstruction(sample());

        for (int i = 0; i < FLOOD; i++) {
            String handOver = "IT-FLOOD-" + System.nanoTime();
            String inputId = inputIdNumber();
            recordSubmission(documentId, "IEX", handOver, inputId);
            sendToHub(inquiryOutput(userCode, handOver, inputId));
        }
        // each mail says whose NACCS user it is for as soon as it is archived, before anything processes it
        List<Long> ids = jdbc.queryForList("select id from wire_messages where channel = 'NACCS_SMTP'"
                + " and direction = 'IN' and correlation ->> 'naccsUserCode' = ?", Long.class, userCode);
        assertThat(ids).hasSize(FLOOD);

        InboundFlood.assertAllProcessedWithinLimit(jdbc, ids, COMPANY, LIMIT, WINDOW, "PROCESSED");
        assertThat(jdbc.queryForObject("select count(*) from naccs_outputs where wire_message_id = any(?)"
                + " and status = 'APPLIED'", Long.class, (Object) ids.toArray(Long[]::new))).isEqualTo(FLOOD);
    }

    /** A declaration inquiry's answer (IEX) for the user, echoing a submission the hub recorded. */
    private static byte[] inquiryOutput(String userCode, String handOver, String inputId) {
        String declarationNumber = String.format("%011d", System.nanoTime() % 100_000_000_000L);
        NaccsLayout layout = NaccsLayout.fromClasspath("naccs/layouts/" + NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE
                + ".layout");
        OutputCommonPart common = new OutputCommonPart("IEX", NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE,
                LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), userCode, "", declarationNumber, handOver, 1, true,
                MessageKind.M, inputId, "", DestinationType.C, 0);
        return new NaccsMessage(common, layout.encode(Map.of("declarationNumber", declarationNumber,
                "declarationStatus", "PERMITTED", "statusAt", "20260101120000"), StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).toBytes();
    }
}

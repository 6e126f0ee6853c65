package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.routes.naccs.NaccsRetrievalRoute;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled SYG: the timer route sends SYG REF through SMTP; the list NACCS answers is kept. */
class NaccsRetrievalIT extends NaccsFixtures {

    @Autowired
    private CamelContext camel;

    @Test
    void theScheduleSendsSygAndKeepsTheListNaccsAnswers() throws Exception {
        int before = lists();
        camel.getRouteController().startRoute(NaccsRetrievalRoute.POLL);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> lists() > before);
        } finally {
            camel.getRouteController().stopRoute(NaccsRetrievalRoute.POLL);
        }
        JsonNode list = operator().getForObject("/api/v1/naccs/outputs?code=" + NaccsSimulator.PENDING_LIST_OUTPUT_CODE,
                JsonNode.class).get(0);
        assertThat(list.get("status").asText()).isEqualTo("APPLIED");
        assertThat(list.get("businessCode").asText()).isEqualTo("SYG");
        assertThat(list.hasNonNull("dealId")).isFalse();
        assertThat(list.get("handOverInfo").asText()).startsWith("MINATO-SYG-");
        JsonNode sent = StreamSupport.stream(operator().getForObject("/api/v1/messages?direction=OUT&limit=50",
                JsonNode.class).spliterator(), false)
                .filter(m -> list.get("handOverInfo").asText().equals(m.path("correlation").path("handOverInfo").asText()))
                .findFirst().orElseThrow();
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(sent.get("correlation").get("retrieval").asText()).isEqualTo("REF");
        assertThat(new String(java.util.Base64.getDecoder().decode(naccsMessage(sent.get("id").asLong())
                .get("contentBase64").asText()), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("simpass1");
    }

    private int lists() {
        return operator().getForObject("/api/v1/naccs/outputs?code=" + NaccsSimulator.PENDING_LIST_OUTPUT_CODE,
                JsonNode.class).size();
    }
}

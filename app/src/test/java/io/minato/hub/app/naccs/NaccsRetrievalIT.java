package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.routes.naccs.NaccsRetrievalRoute;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

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

    @Test
    void onlyTheOperatorRetrievesOrReprocessesOutputs() {
        String company = PlatformFixtures.company(http, "NR", BusinessType.CUSTOMS_BROKER);
        TestRestTemplate admin = PlatformFixtures.administrator(http, company);

        ResponseEntity<JsonNode> retrieval = admin.postForEntity("/api/v1/naccs/retrieval", null, JsonNode.class);
        ResponseEntity<JsonNode> reprocess = admin.postForEntity("/api/v1/naccs/outputs/1/reprocess", null, JsonNode.class);

        assertThat(retrieval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(retrieval.getBody().get("detail").asText()).contains("運営者");
        assertThat(reprocess.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private int lists() {
        return operator().getForObject("/api/v1/naccs/outputs?code=" + NaccsSimulator.PENDING_LIST_OUTPUT_CODE,
                JsonNode.class).size();
    }
}

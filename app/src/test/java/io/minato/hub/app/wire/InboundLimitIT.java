package io.minato.hub.app.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A company flooding the hub with EDIFACT past its inbound limit loses nothing: every interchange is
 * archived at once, those over the limit wait as DEFERRED with the reason, and all are processed as
 * the limit allows, never more than the limit within one window.
 */
class InboundLimitIT extends HubIntegrationTest {

    private static final String COMPANY = "FLOODCO";
    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final int FLOOD = 10;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void interchangesOverTheLimitWaitAndAreAllProcessedLater() throws Exception {
        String partner = "FLOODEDI";
        assertThat(http.exchange("/api/v1/partners/" + partner, HttpMethod.PUT,
                new HttpEntity<>(fileChannelPartner(partner, "Flooding carrier", "D99B", "NONE")), String.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.exchange("/api/v1/parties/" + COMPANY, HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "Flooding Lines K.K.", "businessTypes", List.of("OCEAN_CARRIER"))),
                JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.exchange("/api/v1/parties/{c}/identifiers/{s}/{v}", HttpMethod.PUT, null, JsonNode.class,
                COMPANY, "EDI:ZZZ", partner).getStatusCode().is2xxSuccessful()).isTrue();

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            String interchange = iftmbc(reference("F"), "FLOOD" + System.nanoTime())
                    .replace("INTTRA:ZZZ", partner + ":ZZZ");
            ids.add(drop(interchange));
        }

        // over the limit: kept, with the reason, while the first ones are processed
        JsonNode deferred = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> ids.stream().map(this::message).filter(m -> m.get("status").asText().equals("DEFERRED"))
                        .findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertThat(deferred.get("reason").asText()).contains(COMPANY, "inbound limit of " + LIMIT, "利用制限");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> ids.stream().allMatch(id -> message(id).get("status").asText().equals("PROCESSED")));
        assertThat(jdbc.queryForObject("select count(*) from wire_messages where id = any(?) and deferrals > 0",
                Long.class, (Object) ids.toArray(Long[]::new))).isGreaterThanOrEqualTo(FLOOD - LIMIT);
        List<OffsetDateTime> admitted = jdbc.queryForList("select admitted_at from wire_messages where id = any(?)"
                + " order by admitted_at", OffsetDateTime.class, (Object) ids.toArray(Long[]::new));
        assertThat(admitted).hasSize(FLOOD).doesNotContainNull();
        for (int i = LIMIT; i < admitted.size(); i++) {
            // the (i+1)-th admission comes no sooner than a window after the (i+1-LIMIT)-th
            assertThat(Duration.between(admitted.get(i - LIMIT), admitted.get(i))).as("admission %d", i)
                    .isGreaterThanOrEqualTo(WINDOW);
        }
        assertThat(http.getForEntity("/api/v1/messages/" + ids.get(0), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}

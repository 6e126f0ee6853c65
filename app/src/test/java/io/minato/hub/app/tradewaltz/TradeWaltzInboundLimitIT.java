package io.minato.hub.app.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.wire.InboundFlood;
import io.minato.hub.mappings.party.BusinessType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An exporter flooding the hub with TradeWaltz requests past its inbound limit loses none: each webhook is
 * tied to the requesting company, those over the limit wait (DEFERRED), and all are applied later.
 */
class TradeWaltzInboundLimitIT extends TradeWaltzItSupport {

    /** application-test.yml: 3 per PT4S. */
    private static final String EXPORTER = "TWFLOOD";
    private static final int LIMIT = 3;
    private static final Duration WINDOW = Duration.ofSeconds(4);
    private static final int FLOOD = 8;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void requestsOfAnExporterOverItsLimitWaitAndAreAllAppliedLater() {
        assertThat(http.exchange("/api/v1/parties/" + EXPORTER, HttpMethod.PUT, new HttpEntity<>(Map.of("name",
                "Flooding Exporter K.K.", "businessTypes", List.of("SHIPPER"))), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.exchange("/api/v1/parties/{code}/identifiers/TRADEWALTZ/{id}", HttpMethod.PUT, null,
                JsonNode.class, EXPORTER, "TW-" + EXPORTER).getStatusCode().is2xxSuccessful()).isTrue();
        String forwarder = tradeWaltzCompany("TWFLFW", BusinessType.FORWARDER);

        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            ids.add(postSigned(exportRequest(EXPORTER, forwarder).toString()));
        }

        InboundFlood.assertAllProcessedWithinLimit(jdbc, ids, EXPORTER, LIMIT, WINDOW, "PROCESSED");
        assertThat(jdbc.queryForObject("select count(*) from tradewaltz_requests where wire_message_id = any(?)"
                + " and outcome = 'APPLIED'", Long.class, (Object) ids.toArray(Long[]::new))).isEqualTo(FLOOD);
    }
}

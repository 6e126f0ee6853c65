package io.minato.hub.app.colins;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Colins page passes the inbound admission like every inbound message, and as public data of no company it
 * counts against no company's limit: admitted at once, never deferred.
 */
class ColinsAdmissionIT extends ColinsItSupport {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aColinsPageIsAdmittedUnderNoCompany() {
        report(record("VESSEL_MOVEMENT", "TYO-OI3", "portCode", "JPTYO", "vesselName", "MINATO ADMISSION",
                "voyageNo", unique("V"), "carrierCode", "ONEY", "scheduledArrival", "2026-06-01T08:00:00+09:00",
                "source", "TERMINAL"));

        JsonNode outcome = pollAndProcess();

        assertThat(outcome.get("wireMessages")).isNotEmpty();
        for (JsonNode id : outcome.get("wireMessages")) {
            Map<String, Object> page = jdbc.queryForMap("select status, admitted_at, party_id, deferrals"
                    + " from wire_messages where id = ?", id.asLong());
            assertThat(page.get("status")).isEqualTo("PROCESSED");
            assertThat(page.get("admitted_at")).as("went through the admission").isNotNull();
            assertThat(page.get("party_id")).as("no company's page").isNull();
            assertThat(page.get("deferrals")).isEqualTo(0);
        }
    }
}

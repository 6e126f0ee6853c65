package io.minato.hub.app.usage;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A month reads the operations of earlier months only as far as the 100-deal allowance needs them (the earliest
 * of each kind per deal and month), and the allowance comes out as from every operation: a deal whose month was
 * data provision only takes no place, one with portal use among its EDIFACT provision does, many operations on a
 * deal take one place.
 */
class UsageHistoryIT extends HubIntegrationTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theAllowanceFromEarlierMonthsIsTheSameAsFromEveryOperation() {
        String code = company(http, "UH", BusinessType.FORWARDER, BusinessType.OCEAN_CARRIER);
        TestRestTemplate admin = administrator(http, code);
        long partyId = jdbc.queryForObject("select id from parties where code = ?", Long.class, code);
        // the operator's deals: its acts are no company's usage, so only the rows below are this company's
        List<Long> deals = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            deals.add(deal(http, "EXPORT"));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 98; i++) {
            long deal = deals.get(i);
            rows.add(row(partyId, deal, "REGISTER", "PORTAL", "FORWARDER", "2026-05-10T09:00:00"));
            rows.add(row(partyId, deal, "UPDATE", "PORTAL", "FORWARDER", "2026-05-11T09:00:00"));
            rows.add(row(partyId, deal, "UPDATE", "PORTAL", "FORWARDER", "2026-05-12T09:00:00"));
            rows.add(row(partyId, deal, "FETCH", "API", "FORWARDER", "2026-05-13T09:00:00"));
            rows.add(row(partyId, deal, "UPDATE", "PORTAL", "FORWARDER", "2026-06-01T09:00:00"));
        }
        // EDIFACT provision as carrier, then portal use: counts (place 99)
        rows.add(row(partyId, deals.get(98), "REGISTER", "EDIFACT", "OCEAN_CARRIER", "2026-05-31T23:00:00"));
        rows.add(row(partyId, deals.get(98), "UPDATE", "EDIFACT", "OCEAN_CARRIER", "2026-05-31T23:10:00"));
        rows.add(row(partyId, deals.get(98), "FETCH", "PORTAL", "OCEAN_CARRIER", "2026-05-31T23:30:00"));
        // EDIFACT provision only, many times, and a message: no place
        for (int i = 0; i < 5; i++) {
            rows.add(row(partyId, deals.get(99), "UPDATE", "EDIFACT", "OCEAN_CARRIER", "2026-06-0" + (i + 1) + "T10:00:00"));
        }
        rows.add(row(partyId, deals.get(99), "MESSAGE", "PORTAL", "OCEAN_CARRIER", "2026-06-07T10:00:00"));
        // this month: the last place of the allowance
        rows.add(new Object[] {partyId, deals.get(100), "UL040", "REGISTER", "PORTAL", "{FORWARDER}",
                Timestamp.from(java.time.Instant.now())});
        jdbc.batchUpdate("insert into usage_events (party_id, deal_id, document_type, operation, channel, acting_as,"
                + " occurred_at) values (?, ?, ?, ?, ?, cast(? as text[]), ?)", rows);

        JsonNode june = admin.getForObject("/api/v1/usage/{c}/2026-06", JsonNode.class, code);
        assertThat(june.at("/allowance/usedBefore").asInt()).isEqualTo(99);
        assertThat(june.at("/allowance/usedAfter").asInt()).isEqualTo(99);
        assertThat(june.get("excluded")).singleElement().satisfies(deal -> {
            assertThat(deal.get("dealId").asLong()).isEqualTo(deals.get(99));
            assertThat(deal.get("rules").toString()).contains("DATA_PROVISION_ONLY", "NOT_A_DOCUMENT_OPERATION");
        });

        String now = YearMonth.now(JAPAN).toString();
        JsonNode current = admin.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, code, now);
        assertThat(current.at("/allowance/usedBefore").asInt()).isEqualTo(99);
        assertThat(current.get("counted")).singleElement().satisfies(deal -> {
            assertThat(deal.get("dealId").asLong()).isEqualTo(deals.get(100));
            assertThat(deal.get("allowancePosition").asInt()).isEqualTo(100);
            assertThat(deal.get("billable").asBoolean()).isFalse();
        });
    }

    private static Object[] row(long partyId, long dealId, String operation, String channel, String actingAs,
                                String japanTime) {
        return new Object[] {partyId, dealId, "UL040", operation, channel, "{" + actingAs + "}",
                Timestamp.from(LocalDateTime.parse(japanTime).atZone(JAPAN).toInstant())};
    }
}

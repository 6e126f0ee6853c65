package io.minato.hub.app.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The usage rows the events statement writes for many deals at once (V33's inlined usage_context): as what
 * the company acts on each deal and whether the deal is a terminal inquiry, row by row.
 */
class EventUsageStatementsIT extends HubIntegrationTest {

    @Autowired
    private EventMapper events;
    @Autowired
    private DealMapper deals;
    @Autowired
    private DocumentMapper documents;
    @Autowired
    private DealGrantMapper grants;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eachUsageRowTakesItsDealsGrantOrTheRegisteredTypesAndItsTerminalInquiry() {
        String company = PlatformFixtures.company(http, "USG", BusinessType.SHIPPER);
        long partyId = jdbc.queryForObject("select id from parties where code = ?", Long.class, company);
        long granted = deals.insertExportIfAbsent(reference("BK"), "MAEU");
        long inquiry = deals.insertExportIfAbsent(reference("BK"), "MAEU");
        grants.upsertAll(new Long[] {granted}, new Long[] {partyId}, new String[] {"FORWARDER,CUSTOMS_BROKER"}, null);
        long ul480 = documents.nextIds(1).get(0);
        documents.insertReceivedAll(new Long[] {ul480}, new Long[] {inquiry}, new String[] {"UL480"},
                new String[] {null}, new String[] {"etag-" + ul480}, new String[] {"{}"}, wireMessageOfNobody());

        events.insertAll(new String[] {"DOCUMENT_RECEIVED", "DOCUMENT_RECEIVED"}, new Long[] {granted, inquiry},
                new Long[] {null, ul480}, null, new String[] {"{\"type\":\"UL050\"}", "{\"type\":\"UL480\"}"},
                new Actor(EventChannel.API, "usage-test", null, partyId), EventUsage.ALL);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select deal_id, document_type, array_to_string(acting_as, ',') as acting_as, terminal_inquiry"
                        + " from usage_events where party_id = ? order by deal_id", partyId);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("deal_id", granted).containsEntry("document_type", "UL050")
                .containsEntry("acting_as", "FORWARDER,CUSTOMS_BROKER").containsEntry("terminal_inquiry", false);
        assertThat(rows.get(1)).containsEntry("deal_id", inquiry).containsEntry("document_type", "UL480")
                .containsEntry("acting_as", "SHIPPER").containsEntry("terminal_inquiry", true);
    }

    private long wireMessageOfNobody() {
        return jdbc.queryForObject("insert into wire_messages (channel, direction, partner, status, content_type,"
                + " file_name, raw) values ('EDIFACT_FILE', 'IN', 'NOBODY', 'PROCESSED', 'application/EDIFACT',"
                + " 'usage.edi', 'UNB'::bytea) returning id", Long.class);
    }
}

package io.minato.hub.app.usage;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventChannel;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Usage (利用実績) is written with the operation it records, through every channel, and the month a
 * company sees is computed from exactly those rows.
 */
class UsageIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private Events events;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aCompanysMonthNamesEachDealThatCountedAndEachLeftOutWithTheRule() throws IOException {
        String code = company(http, "UF", BusinessType.FORWARDER);
        TestRestTemplate admin = administrator(http, code);
        long worked = deal(admin, "EXPORT");
        long siId = shippingInstruction(admin, worked);
        assertThat(admin.getForEntity("/api/v1/deals/{d}/documents/{id}", JsonNode.class, worked, siId).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        long talkedOnly = deal(admin, "EXPORT");
        assertThat(admin.postForEntity("/api/v1/deals/{d}/messages", Map.of("text", "本船の変更はありますか"),
                JsonNode.class, talkedOnly).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(operations(code, worked)).containsExactly("SETTINGS", "REGISTER", "FETCH");
        assertThat(operations(code, talkedOnly)).containsExactly("SETTINGS", "MESSAGE");

        JsonNode month = admin.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, code, currentMonth());
        assertThat(month.has("counted")).as("%s", month).isTrue();
        JsonNode counted = only(month.get("counted"), worked);
        assertThat(counted.get("firstOperation").get("operation").asText()).isEqualTo("REGISTER");
        assertThat(counted.get("firstOperation").get("channel").asText()).isEqualTo("API");
        assertThat(counted.get("firstOperation").get("documentType").asText()).isEqualTo("UL040");
        // a fresh company: its first deal takes the first place of the 100 not counted at all
        assertThat(counted.get("billable").asBoolean()).isFalse();
        assertThat(counted.get("allowancePosition").asInt()).isEqualTo(1);
        JsonNode excluded = only(month.get("excluded"), talkedOnly);
        assertThat(excluded.get("rules").findValuesAsText("code")).containsExactly("NOT_A_DOCUMENT_OPERATION");
        assertThat(month.get("basis").asText()).isEqualTo("FREE_MONTH");
        assertThat(month.get("feeYen").asLong()).isZero();
        assertThat(month.get("allowance").get("usedAfter").asInt()).isEqualTo(1);
        assertThat(month.get("basisJa").asText()).contains("0 円");

        ResponseEntity<byte[]> csv = admin.getForEntity("/api/v1/usage/{c}/{m}.csv", byte[].class, code, currentMonth());
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFmonth,dealNo,dealId,result");
        assertThat(text.lines().filter(line -> line.contains("," + worked + ",")))
                .singleElement().asString().contains("ALLOWANCE", "REGISTER", "UL040");
        assertThat(text.lines().filter(line -> line.contains("," + talkedOnly + ",")))
                .singleElement().asString().contains("EXCLUDED", "NOT_A_DOCUMENT_OPERATION");
    }

    @Test
    void usageIsWrittenWithItsEventAndRolledBackWithIt() {
        String code = company(http, "UR", BusinessType.SHIPPER);
        TestRestTemplate admin = administrator(http, code);
        long dealId = deal(admin, "EXPORT");
        long partyId = jdbc.queryForObject("select id from parties where code = ?", Long.class, code);
        Actor actor = new Actor(EventChannel.PORTAL, "usage-it", null, partyId);
        long before = count(code);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.record(EventType.DOCUMENT_UPDATED, dealId, null, null, Map.of("type", "UL040"), actor);
            assertThat(count(code)).isEqualTo(before + 1);
            throw new IllegalStateException("the operation fails after its event");
        })).hasMessageContaining("fails after its event");
        assertThat(count(code)).isEqualTo(before);

        transactions.executeWithoutResult(status ->
                events.record(EventType.DOCUMENT_UPDATED, dealId, null, null, Map.of("type", "UL040"), actor));
        assertThat(count(code)).isEqualTo(before + 1);
        assertThat(operations(code, dealId)).last().isEqualTo("UPDATE");
        assertThatThrownBy(() -> jdbc.update("update usage_events set operation = 'FETCH' where party_id = ?", partyId))
                .hasMessageContaining("append-only");
    }

    @Test
    void anInterchangesChangesAreTheSendingPartysUsageThroughEdifact() throws IOException {
        String booking = "USG" + System.nanoTime();
        JsonNode message = awaitFinished(drop(iftmbc(reference("U"), booking)));
        assertThat(message.get("status").asText()).isEqualTo("PROCESSED");
        long dealId = jdbc.queryForObject("select id from deals where booking_no = ?", Long.class, booking);

        List<Map<String, Object>> rows = jdbc.queryForList("select p.code, u.channel, u.operation, u.document_type,"
                + " u.event_id from usage_events u join parties p on p.id = u.party_id where u.deal_id = ? order by u.id",
                dealId);

        // the UNB sender INTTRA:ZZZ is the party INTTRA (config/parties): its interchange created the deal
        // and registered the booking confirmation
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("code")).isEqualTo("INTTRA");
            assertThat(row.get("channel")).isEqualTo("EDIFACT");
            assertThat(row.get("event_id")).isNotNull();
        });
        assertThat(rows).extracting(row -> row.get("operation")).contains("SETTINGS", "REGISTER");
        assertThat(rows).filteredOn(row -> "REGISTER".equals(row.get("operation")))
                .extracting(row -> row.get("document_type")).contains("UL050");
        JsonNode month = http.getForObject("/api/v1/usage/INTTRA/{m}", JsonNode.class, currentMonth());
        assertThat(month.get("basis").asText()).startsWith("SYSTEM_VENDOR_");
    }

    @Test
    void onlyTheCompanysAdministratorAndTheOperatorSeeItsUsage() {
        String code = company(http, "UA", BusinessType.FORWARDER);
        TestRestTemplate admin = administrator(http, code);
        TestRestTemplate plainUser = user(http, code);
        TestRestTemplate otherAdmin = administrator(http, company(http, "UO", BusinessType.FORWARDER));

        assertThat(admin.getForEntity("/api/v1/usage/{c}/{m}", JsonNode.class, code, currentMonth()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/v1/usage/{c}/{m}", JsonNode.class, code, currentMonth()).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(plainUser.getForEntity("/api/v1/usage/{c}/{m}", JsonNode.class, code, currentMonth()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherAdmin.getForEntity("/api/v1/usage/{c}/{m}", JsonNode.class, code, currentMonth()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getForEntity("/api/v1/usage/{c}/2026-13", JsonNode.class, code).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aSystemVendorPaysForEachMonthItHoldsProductionCredentialsWhetherAnApiKeyOrAnOAuthClient() {
        String keyVendor = company(http, "VK", BusinessType.SYSTEM_VENDOR);
        String clientVendor = company(http, "VC", BusinessType.SYSTEM_VENDOR);
        String testOnly = company(http, "VT", BusinessType.SYSTEM_VENDOR);
        assertThat(http.postForEntity("/api/v1/companies/{c}/api-keys", Map.of("name", "本番", "environment", "PRODUCTION"),
                JsonNode.class, keyVendor).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode client = http.postForObject("/api/v1/companies/{c}/oauth-clients",
                Map.of("name", "本番", "environment", "PRODUCTION"), JsonNode.class, clientVendor);
        // revoked the same month: no pro-rating, the month is billed
        http.delete("/api/v1/companies/{c}/oauth-clients/{id}", clientVendor, client.get("id").asLong());
        assertThat(http.postForEntity("/api/v1/companies/{c}/api-keys", Map.of("name", "検証", "environment", "TEST"),
                JsonNode.class, testOnly).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        for (String vendor : List.of(keyVendor, clientVendor)) {
            JsonNode month = http.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, currentMonth());
            assertThat(month.get("basis").asText()).as(vendor).isEqualTo("SYSTEM_VENDOR_CREDENTIALS");
            assertThat(month.get("feeYen").asLong()).as(vendor).isEqualTo(6_600);
        }
        JsonNode sandbox = http.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, testOnly, currentMonth());
        assertThat(sandbox.get("basis").asText()).isEqualTo("SYSTEM_VENDOR_NO_CREDENTIALS");
        assertThat(sandbox.get("feeYen").asLong()).isZero();
    }

    @Test
    void theFiscalYearStatementIsInvoicedOn25MayOfTheNextYear() {
        String code = company(http, "UY", BusinessType.FORWARDER);
        JsonNode statement = administrator(http, code).getForObject("/api/v1/usage/{c}/fiscal-years/2026", JsonNode.class, code);

        assertThat(statement.get("months")).hasSize(12);
        assertThat(statement.get("months").get(0).get("month").asText()).isEqualTo("2026-04");
        assertThat(statement.get("months").get(11).get("month").asText()).isEqualTo("2027-03");
        assertThat(statement.get("invoiceDate").asText()).isEqualTo("2027-05-25");
        assertThat(statement.get("dueDate").asText()).isEqualTo("2027-06-14");
        assertThat(statement.get("totalYen").asLong()).isZero();
    }

    private String currentMonth() {
        return jdbc.queryForObject("select to_char(now() at time zone 'Asia/Tokyo', 'YYYY-MM')", String.class);
    }

    private List<String> operations(String company, long dealId) {
        return jdbc.queryForList("select u.operation from usage_events u join parties p on p.id = u.party_id"
                + " where p.code = ? and u.deal_id = ? order by u.id", String.class, company, dealId);
    }

    private long count(String company) {
        return jdbc.queryForObject("select count(*) from usage_events u join parties p on p.id = u.party_id"
                + " where p.code = ?", Long.class, company);
    }

    private static JsonNode only(JsonNode deals, long dealId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        deals.forEach(deal -> {
            if (deal.get("dealId").asLong() == dealId) {
                found.add(deal);
            }
        });
        assertThat(found).as("deal %s in %s", dealId, deals).hasSize(1);
        return found.get(0);
    }

    private static long shippingInstruction(TestRestTemplate as, long dealId) throws IOException {
        try (InputStream in = UsageIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/{d}/documents", JSON.readTree(in),
                    JsonNode.class, dealId);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }
}

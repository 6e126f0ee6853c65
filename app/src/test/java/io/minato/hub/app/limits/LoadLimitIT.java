package io.minato.hub.app.limits;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * その他のシステム負荷状況による制限: the operator limits bulk downloads under load at runtime, per company or for all;
 * a request over the limit answers 429 with Retry-After and the reason, and queues nothing; lifted, the
 * configuration (no limit in tests) holds again.
 */
class LoadLimitIT extends HubIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void bulkDownloadsOverTheOperatorsLoadLimitAre429WithRetryAfterAndNothingQueued() {
        String code = company(http, "LL", BusinessType.FORWARDER);
        TestRestTemplate admin = administrator(http, code);
        long dealId = deal(admin, "EXPORT");
        String bystander = company(http, "LB", BusinessType.FORWARDER);
        TestRestTemplate bystanderAdmin = administrator(http, bystander);
        long bystanderDeal = deal(bystanderAdmin, "EXPORT");

        assertThat(admin.exchange("/api/v1/limits/load", HttpMethod.PUT,
                new HttpEntity<>(Map.of("company", code, "concurrentExports", 0)), JsonNode.class).getStatusCode())
                .as("only the operator switches").isEqualTo(HttpStatus.FORBIDDEN);

        // paused for the company: refused with the reason, nothing queued; another company is not held back
        JsonNode shown = put(code, 0);
        assertThat(shown.get("switches")).anySatisfy(row -> {
            assertThat(row.get("company").asText()).isEqualTo(code);
            assertThat(row.get("concurrentExports").asInt()).isZero();
        });
        ResponseEntity<JsonNode> paused = export(admin, dealId);
        assertThat(paused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(paused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(paused.getBody().get("detail").asText()).contains("paused", "一時停止", "月末の集中処理");
        assertThat(unfinished(code)).isZero();
        assertThat(export(bystanderAdmin, bystanderDeal).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        // one at a time: with one still running the next waits its turn, once it is done the next is taken
        put(code, 1);
        long running = jdbc.queryForObject("insert into export_jobs (deal_id, party_id, company_code, requested_by,"
                + " format, types, status) select ?, id, code, 'load-it', 'CSV', '{UL040}', 'RUNNING' from parties"
                + " where code = ? returning id", Long.class, dealId, code);
        ResponseEntity<JsonNode> busy = export(admin, dealId);
        assertThat(busy.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(busy.getBody().get("detail").asText()).contains("1 at a time", "同時に 1 件まで", code);
        assertThat(unfinished(code)).isEqualTo(1);
        jdbc.update("update export_jobs set status = 'DONE', finished_at = now() where id = ?", running);
        ResponseEntity<JsonNode> taken = export(admin, dealId);
        assertThat(taken.getStatusCode()).as("%s", taken.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        long takenId = taken.getBody().get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.getForObject("/api/v1/exports/" + takenId,
                JsonNode.class).get("status").asText().equals("DONE"));

        // a switch for all companies holds the bystander too; lifted, the configuration (no limit) holds again
        put(null, 0);
        try {
            assertThat(export(bystanderAdmin, bystanderDeal).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        } finally {
            assertThat(http.exchange("/api/v1/limits/load", HttpMethod.DELETE, null, Void.class).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }
        assertThat(export(bystanderAdmin, bystanderDeal).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(http.exchange("/api/v1/limits/load?company={c}", HttpMethod.DELETE, null, Void.class, code)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(export(admin, dealId).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(http.exchange("/api/v1/limits/load?company={c}", HttpMethod.DELETE, null, JsonNode.class, code)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode put(String company, int concurrentExports) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("concurrentExports", concurrentExports);
        body.put("reasonJa", "月末の集中処理");
        body.put("reasonEn", "month-end peak");
        ResponseEntity<JsonNode> answer = http.exchange("/api/v1/limits/load", HttpMethod.PUT, new HttpEntity<>(body),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static ResponseEntity<JsonNode> export(TestRestTemplate as, long dealId) {
        return as.postForEntity("/api/v1/deals/{d}/exports", Map.of("format", "CSV"), JsonNode.class, dealId);
    }

    private long unfinished(String company) {
        return jdbc.queryForObject("select count(*) from export_jobs j join parties p on p.id = j.party_id"
                + " where p.code = ? and j.status in ('QUEUED', 'RUNNING')", Long.class, company);
    }
}

package io.minato.hub.app.usage;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 減額 through the API: the operator records a reduction for one company or all, the month's explanation, CSV and
 * fiscal year show it with its reason, another company's month is untouched, and deleting it restores the fee.
 * System vendors holding production credentials make a month cost 6,600 JPY whatever their use.
 */
class FeeReductionIT extends HubIntegrationTest {

    @Test
    void aReductionForOneCompanyHalvesItsMonthAndSaysWhy() throws Exception {
        String vendor = vendorWithProductionCredentials("RV");
        String other = vendorWithProductionCredentials("RO");
        TestRestTemplate admin = administrator(http, vendor);
        String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
        assertThat(admin.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, month).get("feeYen").asLong())
                .isEqualTo(6_600);

        ResponseEntity<JsonNode> refused = admin.postForEntity("/api/v1/fee-reductions",
                reduction(vendor, month, null, "PERCENT", 50), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getForEntity("/api/v1/fee-reductions", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/fee-reductions",
                reduction(vendor, month, null, "PERCENT", 50), JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/fee-reductions/" + id);
        assertThat(created.getBody().get("company").asText()).isEqualTo(vendor);
        assertThat(created.getBody().get("to").asText()).isEqualTo(month);

        JsonNode reduced = admin.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, month);
        assertThat(reduced.get("feeYen").asLong()).isEqualTo(3_300);
        assertThat(reduced.get("feeBeforeReductionYen").asLong()).isEqualTo(6_600);
        assertThat(reduced.at("/reduction/yenOff").asLong()).isEqualTo(3_300);
        assertThat(reduced.at("/reduction/forAllCompanies").asBoolean()).isFalse();
        assertThat(reduced.get("basisJa").asText()).contains("50 % 減額", "システム障害による減額", "3,300 円");
        assertThat(reduced.get("basisEn").asText()).contains("50 % off", "system outage");
        assertThat(admin.getForEntity("/api/v1/usage/{c}/{m}", JsonNode.class, other, month).getStatusCode())
                .as("not its company").isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode untouched = http.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, other, month);
        assertThat(untouched.get("feeYen").asLong()).isEqualTo(6_600);
        assertThat(untouched.hasNonNull("reduction")).isFalse();

        String csv = new String(admin.getForObject("/api/v1/usage/{c}/{m}.csv", byte[].class, vendor, month),
                StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(line -> line.contains("REDUCTION")))
                .singleElement().asString().contains("3300", "システム障害による減額 / system outage");

        int fiscalYear = YearMonth.parse(month).getMonthValue() >= 4 ? YearMonth.parse(month).getYear()
                : YearMonth.parse(month).getYear() - 1;
        JsonNode year = admin.getForObject("/api/v1/usage/{c}/fiscal-years/{y}", JsonNode.class, vendor, fiscalYear);
        JsonNode line = line(year, month);
        assertThat(line.get("feeYen").asLong()).isEqualTo(3_300);
        assertThat(line.at("/reduction/reasonJa").asText()).isEqualTo("システム障害による減額");

        assertThat(http.getForObject("/api/v1/fee-reductions?company={c}", JsonNode.class, vendor))
                .anySatisfy(listed -> assertThat(listed.get("id").asLong()).isEqualTo(id));
        assertThat(http.exchange("/api/v1/fee-reductions/{id}", HttpMethod.DELETE, null, Void.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.exchange("/api/v1/fee-reductions/{id}", HttpMethod.DELETE, null, JsonNode.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, month).get("feeYen").asLong())
                .isEqualTo(6_600);
    }

    @Test
    void aDisasterReductionForAllCompaniesOverARangeOfMonthsExemptsEachAndNoOther() {
        String vendor = vendorWithProductionCredentials("RD");
        // months no other test looks at: a reduction for every company would change theirs
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/fee-reductions",
                reduction(null, "2031-07", "2031-08", "EXEMPTION", null), JsonNode.class);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        try {
            for (String month : new String[] {"2031-07", "2031-08"}) {
                JsonNode exempt = http.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, month);
                assertThat(exempt.get("feeYen").asLong()).as(month).isZero();
                assertThat(exempt.get("feeBeforeReductionYen").asLong()).isEqualTo(6_600);
                assertThat(exempt.at("/reduction/forAllCompanies").asBoolean()).isTrue();
                assertThat(exempt.get("basisJa").asText()).contains("全額免除", "システム障害による減額");
            }
            assertThat(http.getForObject("/api/v1/usage/{c}/{m}", JsonNode.class, vendor, "2031-09").get("feeYen")
                    .asLong()).isEqualTo(6_600);
            JsonNode year = http.getForObject("/api/v1/usage/{c}/fiscal-years/2031", JsonNode.class, vendor);
            assertThat(year.get("totalYen").asLong()).isEqualTo(10 * 6_600);
        } finally {
            http.delete("/api/v1/fee-reductions/{id}", id);
        }
    }

    @Test
    void aReductionThatCannotBeIsRefusedNamingWhy() {
        assertThat(refusal(reduction(null, "2031-07", null, "PERCENT", 150))).contains("percent", "1〜100");
        Map<String, Object> backwards = reduction(null, "2031-07", "2031-06", "EXEMPTION", null);
        assertThat(refusal(backwards)).contains("before", "開始月");
        Map<String, Object> noReason = reduction(null, "2031-07", null, "EXEMPTION", null);
        noReason.remove("reasonEn");
        assertThat(refusal(noReason)).contains("reasonEn", "英語");
        assertThat(refusal(reduction(null, "July", null, "EXEMPTION", null))).contains("yyyy-MM");
        assertThat(http.postForEntity("/api/v1/fee-reductions", reduction("NOSUCHCO", "2031-07", null, "EXEMPTION", null),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String refusal(Map<String, Object> body) {
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/fee-reductions", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        return answer.getBody().get("detail").asText();
    }

    private String vendorWithProductionCredentials(String prefix) {
        String code = company(http, prefix, BusinessType.SYSTEM_VENDOR);
        assertThat(http.postForEntity("/api/v1/companies/{c}/api-keys", Map.of("name", "本番", "environment", "PRODUCTION"),
                JsonNode.class, code).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return code;
    }

    private static Map<String, Object> reduction(String company, String from, String to, String kind, Integer percent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("from", from);
        body.put("to", to);
        body.put("kind", kind);
        body.put("percent", percent);
        body.put("reasonJa", "システム障害による減額");
        body.put("reasonEn", "system outage");
        return body;
    }

    private static JsonNode line(JsonNode year, String month) {
        for (JsonNode line : year.get("months")) {
            if (line.get("month").asText().equals(month)) {
                return line;
            }
        }
        throw new AssertionError("no " + month + " in " + year);
    }
}

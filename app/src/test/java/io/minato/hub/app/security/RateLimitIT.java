package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A company flooding the API past its limit gets 429 with Retry-After; others are not affected. */
class RateLimitIT extends HubIntegrationTest {

    /** application-test.yml gives this company 5 requests per minute. */
    private static final String LIMITED = "RATELIMITED";

    @Test
    void answers429WithRetryAfterPastTheCompanysRequestsPerMinute() {
        http.exchange("/api/v1/parties/" + LIMITED, HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", "Rate Limited K.K.", "businessTypes", List.of("SHIPPER"))), JsonNode.class);
        TestRestTemplate limited = PlatformFixtures.user(http, LIMITED);
        TestRestTemplate other = PlatformFixtures.user(http, PlatformFixtures.company(http, "RL"));

        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(limited.getForEntity("/api/v1/deals?limit=1", JsonNode.class));
        }

        assertThat(answers.subList(0, 5)).allMatch(answer -> answer.getStatusCode() == HttpStatus.OK);
        assertThat(answers.subList(5, 8)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            long retryAfter = Long.parseLong(answer.getHeaders().getFirst("Retry-After"));
            // 5 per minute refill one every 12 s
            assertThat(retryAfter).isBetween(1L, 12L);
            assertThat(answer.getBody().get("detail").asText()).contains(LIMITED, "5 API requests per minute");
        });
        assertThat(other.getForEntity("/api/v1/deals?limit=1", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/api/v1/deals?limit=1", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}

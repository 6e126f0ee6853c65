package io.minato.hub.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Companies, their people and deals for integration tests, made through the API as a deployment would
 * make them (the operator registers companies and administrators; a company creates a deal and invites).
 */
public final class PlatformFixtures {

    /** Every test user's password; long enough for the password rules. */
    public static final String PASSWORD = "fixture-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PlatformFixtures() {
    }

    /** A fresh company code (party code) starting with the prefix, unique in this test run. */
    public static String code(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + SEQUENCE.incrementAndGet();
    }

    /** Registers a company (party) with these business types; answers its code. */
    public static String company(TestRestTemplate operator, String prefix, BusinessType... types) {
        String code = code(prefix);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", code + " Co., Ltd.");
        body.put("businessTypes", Arrays.stream(types).map(Enum::name).toList());
        ResponseEntity<JsonNode> answer = operator.exchange("/api/v1/parties/" + code, HttpMethod.PUT,
                new HttpEntity<>(body), JsonNode.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("register company %s: %s", code, answer.getBody()).isTrue();
        return code;
    }

    /** Registers the company's administrator (by the operator) and answers a client logged in as it. */
    public static TestRestTemplate administrator(TestRestTemplate operator, String company) {
        return person(operator, company, true);
    }

    /** Registers a plain user of the company (no organization) and answers a client logged in as it. */
    public static TestRestTemplate user(TestRestTemplate operator, String company) {
        return person(operator, company, false);
    }

    private static TestRestTemplate person(TestRestTemplate operator, String company, boolean administrator) {
        String login = (administrator ? "admin-" : "user-") + company.toLowerCase() + "-" + SEQUENCE.incrementAndGet();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("displayName", login);
        body.put("password", PASSWORD);
        body.put("partyCode", company);
        body.put("administrator", administrator);
        ResponseEntity<JsonNode> answer = operator.postForEntity("/api/v1/platform-users", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("register %s: %s", login, answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return operator.withBasicAuth(login, PASSWORD);
    }

    /** Creates a deal as the caller (its company owns it); answers the deal id. */
    public static long deal(TestRestTemplate as, String direction) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", direction);
        body.put("inHouseNo", code("IH"));
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("create deal: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("id").asLong();
    }

    /**
     * Invites a company to the deal in these business types, with document types weakened as
     * {@code limits} says (type code → READ or NONE); answers the response for tests of refusals.
     */
    public static ResponseEntity<JsonNode> invite(TestRestTemplate as, long dealId, String company,
                                                  List<BusinessType> businessTypes, Map<String, String> limits,
                                                  boolean hidden) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", company);
        body.put("businessTypes", businessTypes.stream().map(Enum::name).toList());
        body.put("limits", limits);
        body.put("hidden", hidden);
        return as.postForEntity("/api/v1/deals/" + dealId + "/participants", body, JsonNode.class);
    }

    /** {@link #invite} that must succeed. */
    public static void invited(TestRestTemplate as, long dealId, String company, BusinessType... businessTypes) {
        ResponseEntity<JsonNode> answer = invite(as, dealId, company, List.of(businessTypes), Map.of(), false);
        assertThat(answer.getStatusCode()).as("invite %s: %s", company, answer.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}

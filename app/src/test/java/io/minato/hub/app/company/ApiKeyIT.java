package io.minato.hub.app.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.GrantedAuthority;

/** API keys: issued by a company's administrator, acting for that company only, refused once revoked. */
class ApiKeyIT extends HubIntegrationTest {

    @Autowired
    PlatformUsers platformUsers;

    @Test
    void aKeyActsForItsCompanyOnly() {
        String shipper = PlatformFixtures.company(http, "AKS", BusinessType.SHIPPER);
        String forwarder = PlatformFixtures.company(http, "AKF", BusinessType.FORWARDER);
        TestRestTemplate shipperAdmin = PlatformFixtures.administrator(http, shipper);
        TestRestTemplate forwarderAdmin = PlatformFixtures.administrator(http, forwarder);

        ResponseEntity<JsonNode> issued = shipperAdmin.postForEntity("/api/v1/companies/" + shipper + "/api-keys",
                Map.of("name", "基幹システム", "environment", "TEST"), JsonNode.class);

        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String key = issued.getBody().get("apiKey").asText();
        assertThat(key).matches("mk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        TestRestTemplate system = keyed("X-API-Key", key);
        long ownDeal = PlatformFixtures.deal(system, "EXPORT");
        long adminDeal = PlatformFixtures.deal(shipperAdmin, "IMPORT");
        long foreignDeal = PlatformFixtures.deal(forwarderAdmin, "EXPORT");

        JsonNode visible = system.getForObject("/api/v1/deals", JsonNode.class);
        assertThat(visible.findValuesAsText("id")).contains(String.valueOf(ownDeal), String.valueOf(adminDeal))
                .doesNotContain(String.valueOf(foreignDeal));
        assertThat(system.getForEntity("/api/v1/deals/" + foreignDeal, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(keyed(HttpHeaders.AUTHORIZATION, "Bearer " + key).getForEntity("/api/v1/deals/" + ownDeal,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(forwarderAdmin.getForEntity("/api/v1/deals/" + ownDeal, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(system.getForEntity("/api/v1/companies/" + shipper + "/api-keys", JsonNode.class).getStatusCode())
                .as("a key does not manage keys").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forwarderAdmin.getForEntity("/api/v1/companies/" + shipper + "/api-keys", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode listed = shipperAdmin.getForObject("/api/v1/companies/" + shipper + "/api-keys", JsonNode.class);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("environment").asText()).isEqualTo("TEST");
        assertThat(listed.toString()).as("the secret is shown once").doesNotContain(key.substring(20));
    }

    @Test
    void aRevokedKeyIsRefused() {
        String company = PlatformFixtures.company(http, "AKR", BusinessType.TRUCKER);
        TestRestTemplate admin = PlatformFixtures.administrator(http, company);
        JsonNode issued = admin.postForObject("/api/v1/companies/" + company + "/api-keys",
                Map.of("name", "dispatch", "environment", "PRODUCTION"), JsonNode.class);
        TestRestTemplate system = keyed("X-API-Key", issued.get("apiKey").asText());
        assertThat(system.getForEntity("/api/v1/deals", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Void> revoked = admin.exchange("/api/v1/companies/" + company + "/api-keys/"
                + issued.get("id").asLong(), HttpMethod.DELETE, null, Void.class);

        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(system.getForEntity("/api/v1/deals", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(admin.getForObject("/api/v1/companies/" + company + "/api-keys", JsonNode.class).get(0)
                .get("revokedAt").isNull()).isFalse();
        assertThat(admin.exchange("/api/v1/companies/" + company + "/api-keys/" + issued.get("id").asLong(),
                HttpMethod.DELETE, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aKeyThatDoesNotWorkNeverFallsBackToAnonymous() {
        String open = "/api/v1/permissions/matrix";
        assertThat(anonymous.getForEntity(open, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> malformed = keyed("X-API-Key", "mk_not-a-key").getForEntity(open, JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(malformed.getBody().get("detail").asText()).contains("API キーが無効です");
        assertThat(keyed(HttpHeaders.AUTHORIZATION, "Bearer some-token").getForEntity(open, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        String unknown = "mk_0123456789abcdef_" + "A".repeat(43);
        assertThat(keyed("X-API-Key", unknown).getForEntity(open, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void peopleOfASystemVendorHaveApiAccessOnly() {
        String vendor = PlatformFixtures.company(http, "VND", BusinessType.SYSTEM_VENDOR);
        String shipper = PlatformFixtures.company(http, "VNS", BusinessType.SHIPPER, BusinessType.SYSTEM_VENDOR);
        TestRestTemplate vendorAdmin = PlatformFixtures.administrator(http, vendor);
        TestRestTemplate shipperAdmin = PlatformFixtures.administrator(http, shipper);
        String vendorLogin = vendorAdmin.getForObject("/api/v1/platform-users/me", JsonNode.class).get("login").asText();
        String shipperLogin = shipperAdmin.getForObject("/api/v1/platform-users/me", JsonNode.class).get("login").asText();

        assertThat(platformUsers.apiAccessOnly(vendorLogin)).isTrue();
        assertThat(platformUsers.loadUserByUsername(vendorLogin).getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains(PlatformUsers.API_ONLY);
        assertThat(platformUsers.apiAccessOnly(shipperLogin)).as("a shipper that also sells systems").isFalse();
        assertThat(vendorAdmin.postForEntity("/api/v1/companies/" + vendor + "/api-keys",
                Map.of("name", "連携", "environment", "TEST"), JsonNode.class).getStatusCode())
                .as("the API takes them").isEqualTo(HttpStatus.CREATED);
    }

    private TestRestTemplate keyed(String header, String value) {
        return withHeader(header, value);
    }
}

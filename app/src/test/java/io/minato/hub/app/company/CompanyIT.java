package io.minato.hub.app.company;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.mail.LocalMailbox;
import io.minato.hub.app.security.IdentityFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Platform companies: registration by the operator, proof documents, organizations, suspension. */
class CompanyIT extends HubIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0};

    @Autowired
    LocalMailbox mailbox;

    @Test
    void theOperatorRegistersACompanyOnce() {
        String existing = PlatformFixtures.company(http, "MSG", BusinessType.SHIPPER);
        TestRestTemplate admin = PlatformFixtures.administrator(http, existing);
        String code = PlatformFixtures.code("REG");

        assertThat(IdentityFixtures.register(admin, code, "adm-" + code.toLowerCase(), BusinessType.SHIPPER)
                .getStatusCode()).as("an administrator").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(IdentityFixtures.register(http, code, "adm-" + code.toLowerCase(), BusinessType.SHIPPER)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(IdentityFixtures.register(http, code, "adm2-" + code.toLowerCase(), BusinessType.SHIPPER)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(IdentityFixtures.register(http, PlatformFixtures.code("NOT"), "adm-" + code.toLowerCase(),
                BusinessType.SHIPPER).getStatusCode()).as("the administrator's login is taken")
                .isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<JsonNode> fromMessages = IdentityFixtures.register(http, existing, "adm-" + existing.toLowerCase()
                + "-2", BusinessType.SHIPPER, BusinessType.CUSTOMS_BROKER);
        assertThat(fromMessages.getStatusCode()).as("a party known before becomes a platform company")
                .isEqualTo(HttpStatus.CREATED);
        assertThat(fromMessages.getBody().at("/company/businessTypes/1/type").asText()).isEqualTo("CUSTOMS_BROKER");
        JsonNode companies = http.getForObject("/api/v1/companies", JsonNode.class);
        assertThat(companies.findValuesAsText("code")).contains(code, existing);
        assertThat(admin.getForEntity("/api/v1/companies", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void proofDocumentsPerBusinessTypeAreJudgedByTheirContent() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "PRF",
                BusinessType.SHIPPER, BusinessType.CUSTOMS_BROKER);
        IdentityFixtures.Company other = IdentityFixtures.company(http, anonymous, mailbox, "PRO", BusinessType.SHIPPER);
        String proofs = "/api/v1/companies/" + company.code() + "/proofs";
        assertThat(company.admin().getForObject("/api/v1/companies/" + company.code(), JsonNode.class)
                .get("proofMissing").toString()).isEqualTo("[\"SHIPPER\",\"CUSTOMS_BROKER\"]");

        ResponseEntity<JsonNode> pdf = upload(company.admin(), proofs, BusinessType.SHIPPER, "登記事項証明書.pdf", PDF);

        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(pdf.getBody().get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(upload(company.admin(), proofs, BusinessType.SHIPPER, "disguised.pdf",
                "just text".getBytes(StandardCharsets.US_ASCII)).getStatusCode())
                .as("a name is no content").isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(upload(company.admin(), proofs, BusinessType.TRUCKER, "scan.png", PNG).getStatusCode())
                .as("a business type the company does not hold").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThat(upload(company.admin(), proofs, BusinessType.SHIPPER, "big.pdf", tooLarge).getStatusCode())
                .isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(upload(http, proofs, BusinessType.CUSTOMS_BROKER, "license.png", PNG).getStatusCode())
                .as("the operator").isEqualTo(HttpStatus.CREATED);

        JsonNode list = company.admin().getForObject(proofs, JsonNode.class);
        assertThat(list.get("proofs")).hasSize(2);
        assertThat(list.get("proofMissing")).isEmpty();
        ResponseEntity<byte[]> content = company.admin().getForEntity(proofs + "/" + pdf.getBody().get("id").asLong()
                + "/content", byte[].class);
        assertThat(content.getBody()).isEqualTo(PDF);
        assertThat(content.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(other.admin().getForEntity(proofs, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(other.admin(), proofs, BusinessType.SHIPPER, "x.pdf", PDF).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void organizationsTakeOnlyBusinessTypesTheCompanyHolds() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "ORG",
                BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER);
        IdentityFixtures.Company other = IdentityFixtures.company(http, anonymous, mailbox, "ORO", BusinessType.FORWARDER);
        String organizations = "/api/v1/companies/" + company.code() + "/organizations";

        ResponseEntity<JsonNode> tooMany = company.admin().postForEntity(organizations,
                organization("通関部", BusinessType.CUSTOMS_BROKER, BusinessType.SHIPPER), JsonNode.class);

        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(tooMany.getBody().get("detail").asText()).contains("SHIPPER").doesNotContain("[CUSTOMS_BROKER]");
        long customs = IdentityFixtures.organization(company, "通関部", BusinessType.CUSTOMS_BROKER);
        long port = IdentityFixtures.organization(company, "港湾部", BusinessType.FORWARDER);
        assertThat(company.admin().postForEntity(organizations, organization("通関部", BusinessType.FORWARDER),
                JsonNode.class).getStatusCode()).as("a name taken").isEqualTo(HttpStatus.CONFLICT);
        assertThat(put(company.admin(), organizations + "/" + port, organization("通関部")).getStatusCode())
                .as("renamed to a name taken").isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<JsonNode> renamed = put(company.admin(), organizations + "/" + port,
                organization("横浜港湾部", BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER));
        assertThat(renamed.getBody().get("name").asText()).isEqualTo("横浜港湾部");
        assertThat(renamed.getBody().get("businessTypes")).hasSize(2);
        assertThat(put(company.admin(), organizations + "/" + port, organization("横浜港湾部", BusinessType.TRUCKER))
                .getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.admin().getForEntity(organizations, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        IdentityFixtures.Person member = IdentityFixtures.user(company, customs, anonymous, mailbox);
        JsonNode me = member.client().getForObject("/api/v1/platform-users/me", JsonNode.class);
        assertThat(me.get("organizationId").asLong()).isEqualTo(customs);
        assertThat(member.client().postForEntity(organizations, organization("勝手な組織"), JsonNode.class)
                .getStatusCode()).as("a user of the company").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(company.admin().exchange(organizations + "/" + customs, HttpMethod.DELETE, null, JsonNode.class)
                .getStatusCode()).as("an organization with users").isEqualTo(HttpStatus.CONFLICT);
        assertThat(company.admin().exchange(organizations + "/" + port, HttpMethod.DELETE, null, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(company.admin().getForObject(organizations, JsonNode.class).findValuesAsText("name"))
                .containsExactly("通関部");
    }

    @Test
    void aSuspendedCompanysPeopleAndKeysAreRefusedUntilReactivated() {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "SPC", BusinessType.SHIPPER);
        String key = company.admin().postForObject("/api/v1/companies/" + company.code() + "/api-keys",
                Map.of("name", "基幹システム", "environment", "PRODUCTION"), JsonNode.class).get("apiKey").asText();
        String company0 = "/api/v1/companies/" + company.code();

        assertThat(company.admin().postForEntity(company0 + "/suspend", null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode suspended = http.postForObject(company0 + "/suspend", null, JsonNode.class);

        assertThat(suspended.get("suspendedAt").isNull()).isFalse();
        assertThat(company.admin().getForEntity("/api/v1/platform-users/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withKey(key, "/api/v1/deals").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        http.postForObject(company0 + "/reactivate", null, JsonNode.class);
        assertThat(company.admin().getForEntity("/api/v1/platform-users/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(withKey(key, "/api/v1/deals").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyTheOperatorChangesThePartyTableAndPartnerProfiles() {
        String code = PlatformFixtures.company(http, "PTY", BusinessType.SHIPPER);
        TestRestTemplate admin = PlatformFixtures.administrator(http, code);

        assertThat(put(admin, "/api/v1/parties/" + code, Map.of("name", "乗っ取り", "businessTypes", List.of()))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(admin, "/api/v1/parties/" + code + "/identifiers/NAD:ZZZ/" + code, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(admin, "/api/v1/parties/" + code + "/names", Map.of("name", "Some Name")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.exchange("/api/v1/parties/" + code + "/names?name=Some", HttpMethod.DELETE, null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put(admin, "/api/v1/partners/" + code, fileChannelPartner(code, "Partner " + code, "D99B", "CONTRL"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(admin.getForObject("/api/v1/parties/" + code, JsonNode.class).get("name").asText())
                .as("reading stays open").isEqualTo(code + " Co., Ltd.");
        assertThat(put(http, "/api/v1/parties/" + code + "/names", Map.of("name", "Operator Name")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<JsonNode> withKey(String key, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.add("X-API-Key", key);
        return anonymous.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static Map<String, Object> organization(String name, BusinessType... types) {
        return Map.of("name", name, "businessTypes", Arrays.stream(types).map(Enum::name).toList());
    }

    private static ResponseEntity<JsonNode> put(TestRestTemplate as, String path, Object body) {
        return as.exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
    }

    private static ResponseEntity<JsonNode> upload(TestRestTemplate as, String path, BusinessType type, String name,
                                                   byte[] content) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("businessType", type.name());
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return as.postForEntity(path, form, JsonNode.class);
    }
}

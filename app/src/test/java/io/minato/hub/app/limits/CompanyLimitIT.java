package io.minato.hub.app.limits;

import static io.minato.hub.app.PlatformFixtures.PASSWORD;
import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.deal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
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

/**
 * Limits the operator imposes per company (application-test.yml): USERCAP may hold 2 user IDs, XFERCAP
 * may upload and download 100 KB a day. Over a limit the request is refused with the reason and nothing
 * is stored half.
 */
class CompanyLimitIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private long organizationId;

    @Test
    void aCompanyHoldsNoMoreUserIdsThanItsLimitAndADisabledOneFreesItsPlace() {
        register("USERCAP", "OCEAN_CARRIER");
        TestRestTemplate admin = administrator(http, "USERCAP");
        assertThat(person("usercap-first", false).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> third = person("usercap-third", false);
        ResponseEntity<JsonNode> invited = invite(admin, "usercap-invited");

        assertThat(third.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(third.getBody().get("detail").asText()).contains("USERCAP", "limit is 2", "利用者ID数が上限（2）");
        assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        long first = userId(admin, "usercap-first");
        assertThat(admin.postForEntity("/api/v1/companies/USERCAP/users/{id}/disable", null, JsonNode.class, first)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(invite(admin, "usercap-invited").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // enabling the disabled one would make three
        assertThat(admin.postForEntity("/api/v1/companies/USERCAP/users/{id}/enable", null, JsonNode.class, first)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void uploadsAndDownloadsStopAtTheDailyVolumeWithRetryAfterAndNothingStoredHalf() throws IOException {
        register("XFERCAP", "SHIPPER");
        TestRestTemplate admin = administrator(http, "XFERCAP");
        long dealId = deal(admin, "EXPORT");
        long documentId = shippingInstruction(admin, dealId);
        String attachments = "/api/v1/deals/" + dealId + "/documents/" + documentId + "/attachments";
        byte[] first = noisePng(1);
        byte[] second = noisePng(2);
        assertThat(first.length).isBetween(55_000, 95_000);

        ResponseEntity<JsonNode> accepted = admin.postForEntity(attachments, multipart("first.png", first), JsonNode.class);
        ResponseEntity<JsonNode> refused = admin.postForEntity(attachments, multipart("second.png", second), JsonNode.class);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(Long.parseLong(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1L, 86_400L);
        assertThat(refused.getBody().get("detail").asText()).contains("XFERCAP", "100 KB per day", "上限");
        JsonNode listed = admin.getForObject(attachments, JsonNode.class);
        assertThat(listed.findValuesAsText("fileName")).containsExactly("first.png");
        long attachmentId = accepted.getBody().get("id").asLong();
        // the download of the first would take the day's volume past 100 KB too; the operator is not limited
        assertThat(admin.getForEntity(attachments + "/" + attachmentId, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(http.getForEntity(attachments + "/" + attachmentId, byte[].class).getBody()).isEqualTo(first);
    }

    private void register(String code, String businessType) {
        ResponseEntity<JsonNode> answer = http.exchange("/api/v1/parties/" + code, HttpMethod.PUT,
                new HttpEntity<>(Map.of("name", code + " K.K.", "businessTypes", List.of(businessType))), JsonNode.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("%s", answer.getBody()).isTrue();
    }

    private ResponseEntity<JsonNode> person(String login, boolean administrator) {
        return http.postForEntity("/api/v1/platform-users", Map.of("login", login, "displayName", login,
                "password", PASSWORD, "partyCode", "USERCAP", "administrator", administrator), JsonNode.class);
    }

    private ResponseEntity<JsonNode> invite(TestRestTemplate admin, String login) {
        if (organizationId == 0) {
            ResponseEntity<JsonNode> created = admin.postForEntity("/api/v1/companies/USERCAP/organizations",
                    Map.of("name", "本社", "businessTypes", List.of("OCEAN_CARRIER")), JsonNode.class);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            organizationId = created.getBody().get("id").asLong();
        }
        return admin.postForEntity("/api/v1/companies/USERCAP/users", Map.of("login", login, "name", login,
                "email", login + "@example.jp", "organizationId", organizationId), JsonNode.class);
    }

    private long userId(TestRestTemplate admin, String login) {
        for (JsonNode user : admin.getForObject("/api/v1/companies/USERCAP/users", JsonNode.class)) {
            if (user.get("login").asText().equals(login)) {
                return user.get("id").asLong();
            }
        }
        throw new AssertionError("no user " + login);
    }

    private static long shippingInstruction(TestRestTemplate as, long dealId) throws IOException {
        try (InputStream in = CompanyLimitIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/{d}/documents", JSON.readTree(in),
                    JsonNode.class, dealId);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }

    /** A PNG of random pixels: it does not compress, so its size is about its pixels' (≈ 65 KB). */
    private static byte[] noisePng(long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(150, 145, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}

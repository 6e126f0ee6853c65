package io.minato.hub.app.security.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * OAuth2 client credentials per company: registered by the company's administrator, a token fetched at
 * /oauth2/token (secret basic and post) acts for that company only on /api/**, and stops working the
 * moment the client is revoked.
 */
@ExtendWith(OutputCaptureExtension.class)
class OAuthClientIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JWKSource<SecurityContext> hubKeys;
    @Autowired
    OAuthSettings settings;
    @Autowired
    MyBatisRegisteredClientRepository repository;
    @Autowired
    SigningKeyMapper signingKeys;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void aClientsTokenActsForItsCompanyOnly(CapturedOutput output) throws Exception {
        String shipper = PlatformFixtures.company(http, "OCS", BusinessType.SHIPPER);
        String forwarder = PlatformFixtures.company(http, "OCF", BusinessType.FORWARDER);
        TestRestTemplate shipperAdmin = PlatformFixtures.administrator(http, shipper);
        TestRestTemplate forwarderAdmin = PlatformFixtures.administrator(http, forwarder);
        long adminDeal = PlatformFixtures.deal(shipperAdmin, "EXPORT");
        long foreignDeal = PlatformFixtures.deal(forwarderAdmin, "EXPORT");

        ResponseEntity<JsonNode> registered = shipperAdmin.postForEntity("/api/v1/companies/" + shipper
                + "/oauth-clients", Map.of("name", "基幹システム", "environment", "PRODUCTION"), JsonNode.class);

        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String clientId = registered.getBody().get("clientId").asText();
        String secret = registered.getBody().get("clientSecret").asText();
        assertThat(clientId).matches("mc_[0-9a-f]{20}");
        assertThat(secret).matches("[A-Za-z0-9_-]{43}");
        assertThat(registered.getBody().get("environment").asText()).isEqualTo("PRODUCTION");

        ResponseEntity<JsonNode> basic = tokenByBasic(clientId, secret);
        assertThat(basic.getStatusCode()).as("%s", basic.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(basic.getBody().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(basic.getBody().get("expires_in").asLong()).isBetween(590L, 600L);
        String token = basic.getBody().get("access_token").asText();
        JsonNode header = part(token, 0);
        JsonNode claims = part(token, 1);
        assertThat(header.get("alg").asText()).isEqualTo("RS256");
        assertThat(claims.get("client_id").asText()).isEqualTo(clientId);
        assertThat(claims.get("sub").asText()).isEqualTo(clientId);
        assertThat(claims.get("company_code").asText()).isEqualTo(shipper);
        assertThat(claims.get("company_id").isIntegralNumber()).isTrue();
        assertThat(claims.get("environment").asText()).isEqualTo("PRODUCTION");
        assertThat(claims.get("iss").asText()).isEqualTo(settings.issuer());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(600L);

        ResponseEntity<JsonNode> post = tokenByPost(clientId, secret);
        assertThat(post.getStatusCode()).as("%s", post.getBody()).isEqualTo(HttpStatus.OK);
        TestRestTemplate system = bearer(post.getBody().get("access_token").asText());
        TestRestTemplate systemByBasicToken = bearer(token);

        long systemDeal = PlatformFixtures.deal(system, "IMPORT");
        JsonNode visible = systemByBasicToken.getForObject("/api/v1/deals", JsonNode.class);
        assertThat(visible.findValuesAsText("id")).contains(String.valueOf(adminDeal), String.valueOf(systemDeal))
                .doesNotContain(String.valueOf(foreignDeal));
        assertThat(system.getForEntity("/api/v1/deals/" + systemDeal, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(system.getForEntity("/api/v1/deals/" + foreignDeal, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(forwarderAdmin.getForEntity("/api/v1/deals/" + systemDeal, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(system.getForEntity("/api/v1/companies/" + shipper + "/oauth-clients", JsonNode.class)
                .getStatusCode()).as("a system does not manage the company's clients").isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode listed = shipperAdmin.getForObject("/api/v1/companies/" + shipper + "/oauth-clients", JsonNode.class);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("clientId").asText()).isEqualTo(clientId);
        assertThat(listed.get(0).get("environment").asText()).isEqualTo("PRODUCTION");
        assertThat(listed.get(0).has("issuedAt")).isTrue();
        assertThat(listed.get(0).has("lastUsedAt")).as("the system's calls are seen").isTrue();
        assertThat(listed.get(0).has("clientSecret")).isFalse();
        assertThat(listed.toString()).doesNotContain(secret);
        assertThat(output.getAll()).as("the secret is never logged").doesNotContain(secret);
    }

    @Test
    void theKeyAndTheServerMetadataArePublicAndOfferClientCredentialsOnly() throws Exception {
        String company = PlatformFixtures.company(http, "OCK", BusinessType.TRUCKER);
        JsonNode client = register(http, company, "TEST");
        String token = tokenByBasic(client.get("clientId").asText(), client.get("clientSecret").asText())
                .getBody().get("access_token").asText();

        JsonNode keys = anonymous.getForObject("/oauth2/jwks", JsonNode.class).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kid").asText()).isEqualTo(part(token, 0).get("kid").asText());
        assertThat(keys.get(0).get("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("never the private key").isFalse();

        ResponseEntity<JsonNode> metadata = anonymous.getForEntity("/.well-known/oauth-authorization-server",
                JsonNode.class);
        assertThat(metadata.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metadata.getBody().get("issuer").asText()).isEqualTo(settings.issuer());
        assertThat(metadata.getBody().get("token_endpoint").asText()).endsWith("/oauth2/token");
        assertThat(texts(metadata.getBody().get("grant_types_supported"))).containsExactly("client_credentials");
        assertThat(texts(metadata.getBody().get("token_endpoint_auth_methods_supported")))
                .containsExactlyInAnyOrder("client_secret_basic", "client_secret_post");
        assertThat(metadata.getBody().has("introspection_endpoint")).isFalse();
        assertThat(metadata.getBody().has("revocation_endpoint")).isFalse();
        assertThat(metadata.getBody().has("device_authorization_endpoint")).isFalse();
        assertThat(anonymous.getForEntity("/.well-known/openid-configuration", String.class).getStatusCode())
                .as("OpenID Connect is off").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aRevokedClientsTokensAreRefusedAtOnce() {
        String company = PlatformFixtures.company(http, "OCR", BusinessType.CUSTOMS_BROKER);
        TestRestTemplate admin = PlatformFixtures.administrator(http, company);
        JsonNode client = register(admin, company, "PRODUCTION");
        String clientId = client.get("clientId").asText();
        String secret = client.get("clientSecret").asText();
        TestRestTemplate system = bearer(tokenByBasic(clientId, secret).getBody().get("access_token").asText());
        assertThat(system.getForEntity("/api/v1/deals", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<Void> revoked = admin.exchange("/api/v1/companies/" + company + "/oauth-clients/"
                + client.get("id").asLong(), HttpMethod.DELETE, null, Void.class);

        assertThat(revoked.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<JsonNode> refused = system.getForEntity("/api/v1/deals", JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(refused.getBody().get("detail").asText()).contains(clientId, "revoked", "アクセストークンが無効です");
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer")
                .contains("invalid_token");
        ResponseEntity<JsonNode> noMoreTokens = tokenByBasic(clientId, secret);
        assertThat(noMoreTokens.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(noMoreTokens.getBody().get("error").asText()).isEqualTo("invalid_client");
        JsonNode listed = admin.getForObject("/api/v1/companies/" + company + "/oauth-clients", JsonNode.class);
        assertThat(listed.get(0).has("revokedAt")).isTrue();
        assertThat(admin.exchange("/api/v1/companies/" + company + "/oauth-clients/" + client.get("id").asLong(),
                HttpMethod.DELETE, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void wrongSecretsAndBadTokensNeverRunAnonymously() throws Exception {
        String company = PlatformFixtures.company(http, "OCW", BusinessType.WAREHOUSE);
        JsonNode client = register(http, company, "TEST");
        String clientId = client.get("clientId").asText();
        String open = "/api/v1/permissions/matrix";
        assertThat(anonymous.getForEntity(open, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> wrongSecret = tokenByBasic(clientId, "A".repeat(43));
        assertThat(wrongSecret.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongSecret.getBody().get("error").asText()).isEqualTo("invalid_client");
        assertThat(tokenByPost(clientId, "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(tokenByBasic("mc_00000000000000000000", client.get("clientSecret").asText()).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> garbage = bearer("not.a.jwt").getForEntity(open, JsonNode.class);
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(garbage.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();

        long companyId = part(tokenByBasic(clientId, client.get("clientSecret").asText()).getBody()
                .get("access_token").asText(), 1).get("company_id").asLong();
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = sign(hubKeys, claims(clientId, companyId, anHourAgo, anHourAgo.plus(Duration.ofMinutes(10))));
        ResponseEntity<JsonNode> late = bearer(expired).getForEntity(open, JsonNode.class);
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(late.getBody().get("detail").asText()).contains("expired");

        RSAKey foreignKey = new RSAKeyGenerator(2048).keyID("foreign").generate();
        String forged = sign(new ImmutableJWKSet<>(new JWKSet(foreignKey)),
                claims(clientId, companyId, Instant.now(), Instant.now().plus(Duration.ofMinutes(10))));
        assertThat(bearer(forged).getForEntity(open, JsonNode.class).getStatusCode())
                .as("signed with a key that is not the hub's").isEqualTo(HttpStatus.UNAUTHORIZED);

        String otherCompany = sign(hubKeys, claims(clientId, companyId + 1_000_000, Instant.now(),
                Instant.now().plus(Duration.ofMinutes(10))));
        assertThat(bearer(otherCompany).getForEntity("/api/v1/deals", JsonNode.class).getStatusCode())
                .as("a client acts for its own company only").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyTheCompanysAdministratorOrTheOperatorRegistersClients() {
        String shipper = PlatformFixtures.company(http, "OCA", BusinessType.SHIPPER);
        String outsider = PlatformFixtures.company(http, "OCO", BusinessType.SHIPPER);
        TestRestTemplate outsiderAdmin = PlatformFixtures.administrator(http, outsider);
        TestRestTemplate shipperUser = PlatformFixtures.user(http, shipper);
        String path = "/api/v1/companies/" + shipper + "/oauth-clients";
        Map<String, String> body = Map.of("name", "連携", "environment", "TEST");

        assertThat(outsiderAdmin.postForEntity(path, body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsiderAdmin.getForEntity(path, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(shipperUser.postForEntity(path, body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.postForEntity(path, body, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode byOperator = register(http, shipper, "TEST");
        TestRestTemplate system = bearer(tokenByPost(byOperator.get("clientId").asText(),
                byOperator.get("clientSecret").asText()).getBody().get("access_token").asText());
        assertThat(system.postForEntity(path, body, JsonNode.class).getStatusCode())
                .as("a system cannot mint itself more credentials").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsiderAdmin.exchange(path + "/" + byOperator.get("id").asLong(), HttpMethod.DELETE, null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.postForEntity(path, Map.of("name", "x", "environment", "STAGING"), JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void tokensCountAgainstTheCompanysRateLimitAndApiKeysStillWork() {
        // application-test.yml gives this company 3 requests per minute
        String limited = "OAUTHLIMITED";
        http.exchange("/api/v1/parties/" + limited, HttpMethod.PUT, new HttpEntity<>(Map.of("name",
                "OAuth Limited K.K.", "businessTypes", List.of("SHIPPER"))), JsonNode.class);
        JsonNode client = register(http, limited, "TEST");
        TestRestTemplate system = bearer(tokenByBasic(client.get("clientId").asText(),
                client.get("clientSecret").asText()).getBody().get("access_token").asText());

        List<ResponseEntity<JsonNode>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(system.getForEntity("/api/v1/deals?limit=1", JsonNode.class));
        }

        assertThat(answers.subList(0, 3)).allMatch(answer -> answer.getStatusCode() == HttpStatus.OK);
        assertThat(answers.get(3).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(answers.get(3).getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(answers.get(3).getBody().get("detail").asText()).contains(limited);

        String other = PlatformFixtures.company(http, "OCK", BusinessType.SHIPPER);
        String apiKey = http.postForObject("/api/v1/companies/" + other + "/api-keys",
                Map.of("name", "key", "environment", "TEST"), JsonNode.class).get("apiKey").asText();
        assertThat(bearer(apiKey).getForEntity("/api/v1/deals", JsonNode.class).getStatusCode())
                .as("Bearer mk_… is still an API key").isEqualTo(HttpStatus.OK);
    }

    @Test
    void aRehashedSecretIsStoredForRegisteredClientsOnly() {
        String company = PlatformFixtures.company(http, "OCH", BusinessType.SHIPPER);
        JsonNode client = register(http, company, "TEST");
        String clientId = client.get("clientId").asText();
        String secret = client.get("clientSecret").asText();
        RegisteredClient registered = repository.findByClientId(clientId);
        String rehashed = passwords.encode(secret);

        repository.save(RegisteredClient.from(registered).clientSecret(rehashed).build());

        assertThat(repository.findByClientId(clientId).getClientSecret()).isEqualTo(rehashed);
        assertThat(tokenByPost(clientId, secret).getStatusCode()).isEqualTo(HttpStatus.OK);
        RegisteredClient unknown = RegisteredClient.from(registered).id("mc_unknown").clientId("mc_unknown").build();
        assertThatThrownBy(() -> repository.save(unknown)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("mc_unknown is not registered");
    }

    @Test
    void thereIsOnlyEverOneActiveSigningKey() {
        String active = signingKeys.active().orElseThrow().keyId();

        int created = signingKeys.insertActive("another-instance", "public", "v1:private");

        assertThat(created).as("a second instance starting at the same time keeps the first key").isZero();
        assertThat(signingKeys.active().orElseThrow().keyId()).isEqualTo(active);
    }

    private JsonNode register(TestRestTemplate as, String company, String environment) {
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/companies/" + company + "/oauth-clients",
                Map.of("name", "system", "environment", environment), JsonNode.class);
        assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    private ResponseEntity<JsonNode> tokenByBasic(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return anonymous.withBasicAuth(clientId, secret).postForEntity("/oauth2/token", form(form), JsonNode.class);
    }

    private ResponseEntity<JsonNode> tokenByPost(String clientId, String secret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", secret);
        return anonymous.postForEntity("/oauth2/token", form(form), JsonNode.class);
    }

    private static HttpEntity<MultiValueMap<String, String>> form(MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return new HttpEntity<>(form, headers);
    }

    private TestRestTemplate bearer(String token) {
        return withHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }

    private JwtClaimsSet claims(String clientId, long companyId, Instant issuedAt, Instant expiresAt) {
        return JwtClaimsSet.builder().issuer(settings.issuer()).subject(clientId).issuedAt(issuedAt)
                .expiresAt(expiresAt).claim("client_id", clientId).claim("company_id", companyId).build();
    }

    private static String sign(JWKSource<SecurityContext> keys, JwtClaimsSet claims) {
        return new NimbusJwtEncoder(keys).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }

    private static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}

package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** NACCS users, platform users, deals and drafts for the NACCS integration tests, all through the API. */
abstract class NaccsFixtures extends HubIntegrationTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @Autowired
    protected ObjectMapper json;

    protected TestRestTemplate operator() {
        return http.withBasicAuth(OPERATOR, OPERATOR_PASSWORD);
    }

    /** A wire message as the operator sees it: linked to MNT01Y01, so a NACCS message's content is shown. */
    protected JsonNode naccsMessage(long id) {
        return operator().getForObject("/api/v1/messages/" + id, JsonNode.class);
    }

    /** The item with this key (e.g. {@code containerNumber[1]}) of a draft as the API answers it. */
    static JsonNode draftItem(JsonNode draft, String key) {
        for (JsonNode item : draft.get("items")) {
            if (key.equals(item.get("key").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item " + key + " in the " + draft.get("businessCode") + " draft " + draft.get("items"));
    }

    protected TestRestTemplate as(String login) {
        return http.withBasicAuth(login, login + "-password");
    }

    /** A fresh 5-character user code starting with {@code prefix}. */
    protected static String userCode(char prefix) {
        StringBuilder code = new StringBuilder().append(prefix);
        for (int i = 0; i < 4; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        return code.toString();
    }

    /** A platform user (password: login + "-password"), registered by the operator. */
    protected String platformUser(String prefix, String partyCode) {
        String login = prefix + "-" + System.nanoTime();
        Map<String, Object> body = new HashMap<>(Map.of("login", login, "displayName", prefix,
                "password", login + "-password"));
        if (partyCode != null) {
            body.put("partyCode", partyCode);
        }
        ResponseEntity<JsonNode> created = operator().postForEntity("/api/v1/platform-users", body, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return login;
    }

    /** Registers a NACCS user as {@code registrar} and links the given platform users; answers its view. */
    protected JsonNode naccsUser(TestRestTemplate registrar, Map<String, Object> registration, List<String> linked) {
        ResponseEntity<JsonNode> created = registrar.postForEntity("/api/v1/naccs/users", registration, JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long id = created.getBody().get("id").asLong();
        ResponseEntity<JsonNode> links = registrar.exchange("/api/v1/naccs/users/" + id + "/links", HttpMethod.PUT,
                new HttpEntity<>(Map.of("platformUsers", linked)), JsonNode.class);
        assertThat(links.getStatusCode()).isEqualTo(HttpStatus.OK);
        return links.getBody();
    }

    protected long exportDeal() {
        return http.postForObject("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "N" + System.nanoTime(), "carrierCode", "ONEY"),
                JsonNode.class).get("id").asLong();
    }

    /** An export deal with the sample S/I, so an ECR draft of it is complete. */
    protected long dealWithShippingInstruction() {
        long dealId = exportDeal();
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/" + dealId + "/documents",
                sampleShippingInstruction(), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return dealId;
    }

    protected long ecrDraft(TestRestTemplate author, long dealId) {
        ResponseEntity<JsonNode> drafted = author.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                JsonNode.class);
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return drafted.getBody().get("id").asLong();
    }

    protected ResponseEntity<JsonNode> send(TestRestTemplate sender, long submissionId) {
        return sender.postForEntity("/api/v1/naccs/submissions/" + submissionId + "/send", null, JsonNode.class);
    }

    protected JsonNode submission(long id) {
        return operator().getForObject("/api/v1/naccs/submissions/" + id, JsonNode.class);
    }

    protected ObjectNode sampleShippingInstruction() {
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

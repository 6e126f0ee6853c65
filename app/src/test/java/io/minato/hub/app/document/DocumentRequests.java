package io.minato.hub.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Document requests the document ITs share: sample bodies from {@code api/*.json}, create, update. */
final class DocumentRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentRequests() {
    }

    /** A request body from {@code src/test/resources/api/<name>.json}. */
    static ObjectNode sample(String name) {
        try (InputStream in = DocumentRequests.class.getResourceAsStream("/api/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String documents(long dealId) {
        return "/api/v1/deals/" + dealId + "/documents";
    }

    /** Creates a document that must be created; answers its body. */
    static JsonNode created(TestRestTemplate as, long dealId, JsonNode body) {
        ResponseEntity<JsonNode> answer = as.postForEntity(documents(dealId), body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("create: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    static ResponseEntity<JsonNode> put(TestRestTemplate as, long dealId, JsonNode document, JsonNode fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch("\"" + document.get("etag").asText() + "\"");
        return as.exchange(documents(dealId) + "/" + document.get("id").asLong(), HttpMethod.PUT,
                new HttpEntity<>(Map.of("fields", fields), headers), JsonNode.class);
    }

    static ResponseEntity<JsonNode> send(TestRestTemplate as, long dealId, long documentId) {
        return as.postForEntity(documents(dealId) + "/" + documentId + "/send", null, JsonNode.class);
    }

    /** The document's fields, copied for changing. */
    static ObjectNode fields(JsonNode document) {
        return document.get("fields").deepCopy();
    }
}

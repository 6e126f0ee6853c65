package io.minato.hub.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Flow 2, API in: a UL040 shipping instruction from JSON, validation, optimistic locking. */
class DocumentApiIT extends HubIntegrationTest {

    @Autowired
    private ObjectMapper json;

    private long dealId;

    @BeforeEach
    void createDeal() {
        ResponseEntity<JsonNode> deal = http.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "API" + System.nanoTime(), "carrierCode", "ONEY"),
                JsonNode.class);
        assertThat(deal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(deal.getBody().get("number").asText()).startsWith("EXP_");
        dealId = deal.getBody().get("id").asLong();
    }

    @Test
    void createsShippingInstructionFromJson() throws IOException {
        ResponseEntity<JsonNode> created = http.postForEntity(documentsUri(), sample(), JsonNode.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = created.getBody();
        assertThat(created.getHeaders().getETag()).isEqualTo("\"" + body.get("etag").asText() + "\"");
        assertThat(body.get("type").asText()).isEqualTo("UL040");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        JsonNode fields = body.get("fields");
        assertThat(fields.at("/shipper/name").asText()).isEqualTo("横浜商事株式会社");
        assertThat(fields.at("/goods/0/packages").asInt()).isEqualTo(120);
        assertThat(fields.at("/goods/0/grossWeightKg").decimalValue()).isEqualByComparingTo("2400.5");
        assertThat(fields.at("/goods/1/containerNumbers/0").asText()).isEqualTo("ONEU1234567");
        assertThat(fields.at("/estimatedDeparture").asText()).isEqualTo("2026-12-05");

        JsonNode deal = http.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        assertThat(deal.get("documents")).hasSize(1);
        assertThat(deal.at("/documents/0/id").asLong()).isEqualTo(body.get("id").asLong());
    }

    @Test
    void answersBadRequestListingEveryInvalidField() throws IOException {
        ObjectNode request = sample();
        ObjectNode fields = (ObjectNode) request.get("fields");
        ((ObjectNode) fields.get("shipper")).put("name", "");
        fields.put("portOfLoading", "YOKOHAMA");
        ObjectNode line = (ObjectNode) fields.get("goods").get(0);
        line.put("packages", -3);
        line.putArray("containerNumbers").add("NOT-A-BOX");

        ResponseEntity<JsonNode> answer = http.postForEntity(documentsUri(), request, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fieldsAtFault = answer.getBody().get("errors").findValuesAsText("field");
        assertThat(fieldsAtFault).contains("fields.shipper.name", "fields.portOfLoading",
                "fields.goods[0].packages");
        assertThat(fieldsAtFault).anyMatch(field -> field.startsWith("fields.goods[0].containerNumbers"));
        assertThat(http.getForObject("/api/v1/deals/" + dealId, JsonNode.class).get("documents")).isEmpty();
    }

    @Test
    void answersBadRequestNamingAFieldOfTheWrongType() throws IOException {
        ObjectNode request = sample();
        ((ObjectNode) request.get("fields").get("goods").get(0)).put("grossWeightKg", "heavy");

        ResponseEntity<JsonNode> answer = http.postForEntity(documentsUri(), request, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("fields.goods[0].grossWeightKg");
    }

    @Test
    void refusesAnUpdateWithAStaleEtag() throws IOException {
        JsonNode created = http.postForEntity(documentsUri(), sample(), JsonNode.class).getBody();
        String firstEtag = created.get("etag").asText();
        String documentUri = documentsUri() + "/" + created.get("id").asLong();
        ObjectNode changed = (ObjectNode) sample().get("fields");
        changed.put("voyageNo", "013E");

        ResponseEntity<JsonNode> first = put(documentUri, firstEtag, changed);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(first.getBody().at("/fields/voyageNo").asText()).isEqualTo("013E");
        assertThat(first.getBody().get("etag").asText()).isNotEqualTo(firstEtag);

        changed.put("voyageNo", "014E");
        ResponseEntity<JsonNode> stale = put(documentUri, firstEtag, changed);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").asText()).contains("stale");
        assertThat(http.getForObject(documentUri, JsonNode.class).at("/fields/voyageNo").asText()).isEqualTo("013E");
    }

    @Test
    void acceptsTheEtagInTheBodyAsCyberPortClientsSendIt() throws IOException {
        JsonNode created = http.postForEntity(documentsUri(), sample(), JsonNode.class).getBody();
        ObjectNode request = json.createObjectNode();
        request.set("fields", sample().get("fields"));
        request.put("_etag", created.get("etag").asText());

        ResponseEntity<JsonNode> answer = http.exchange(documentsUri() + "/" + created.get("id").asLong(),
                HttpMethod.PUT, new HttpEntity<>(request), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().get("version").asInt()).isEqualTo(2);
    }

    @Test
    void refusesFieldsTheTypesDefinitionDoesNotHave() throws IOException {
        ObjectNode request = sample();
        request.put("type", "UL050");

        ResponseEntity<JsonNode> answer = http.postForEntity(documentsUri(), request, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("detail").asText()).contains("UL050");
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).contains("fields.goods", "fields.status");
    }

    private ResponseEntity<JsonNode> put(String uri, String etag, JsonNode fields) {
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch("\"" + etag + "\"");
        return http.exchange(uri, HttpMethod.PUT, new HttpEntity<>(Map.of("fields", fields), headers), JsonNode.class);
    }

    private String documentsUri() {
        return "/api/v1/deals/" + dealId + "/documents";
    }

    private ObjectNode sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            return (ObjectNode) json.readTree(in);
        }
    }
}

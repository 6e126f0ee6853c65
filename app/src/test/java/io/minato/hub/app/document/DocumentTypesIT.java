package io.minato.hub.app.document;

import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.documents;
import static io.minato.hub.app.document.DocumentRequests.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.FieldDefinition;
import io.minato.hub.mappings.document.definition.FieldType;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every document type UL010 … UL490 through the API as its definition says: created from a sample
 * generated from the definition, read back equal, updated with If-Match; invalid documents refused
 * with the path of each field at fault.
 */
class DocumentTypesIT extends HubIntegrationTest {

    @Autowired
    private DocumentDefinitions definitions;

    private long dealId;

    @BeforeEach
    void deal() {
        dealId = PlatformFixtures.deal(http, "EXPORT");
    }

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void createsReadsAndUpdatesADocumentOfEveryType(DocumentType type) {
        DocumentDefinition definition = definitions.definition(type);
        ObjectNode fields = DocumentSamples.sample(definition);

        JsonNode document = created(http, dealId, request(type, fields));
        JsonNode read = http.getForObject(documents(dealId) + "/" + document.get("id").asLong(), JsonNode.class);

        assertThat(read.get("type").asText()).isEqualTo(type.name());
        assertThat(FieldPaths.diff(fields, read.get("fields"))).as("%s read back as sent", type).isEmpty();

        FieldDefinition text = definition.fields().stream()
                .filter(field -> field.type() == FieldType.TEXT && !field.setByHub()).findFirst().orElseThrow();
        ObjectNode changed = fields.deepCopy().put(text.name(), "改");
        ResponseEntity<JsonNode> updated = put(http, dealId, read, changed);
        assertThat(updated.getStatusCode()).as("update %s: %s", type, updated.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().get("version").asInt()).isEqualTo(2);
        assertThat(updated.getBody().at("/fields/" + text.name()).asText()).isEqualTo("改");

        ResponseEntity<JsonNode> stale = put(http, dealId, read, fields);
        assertThat(stale.getStatusCode()).as("the first etag is stale").isEqualTo(HttpStatus.CONFLICT);
    }

    static Stream<Arguments> invalidDocuments() {
        return Stream.of(
                invalid("required text missing", DocumentType.UL020, f -> f.remove("requestNo"), "fields.requestNo"),
                invalid("text too long", DocumentType.UL020, f -> f.put("requestNo", "R".repeat(36)), "fields.requestNo"),
                invalid("closed code list", DocumentType.UL020,
                        f -> row(f, "dangerousGoods").put("imoClass", "10"), "fields.dangerousGoods[0].imoClass"),
                invalid("open code list", DocumentType.UL020, f -> f.put("portOfLoading", "YOKOHAMA"),
                        "fields.portOfLoading"),
                invalid("number scale", DocumentType.UL020, f -> row(f, "dangerousGoods").put("packages", 2.5),
                        "fields.dangerousGoods[0].packages"),
                invalid("number bounds", DocumentType.UL020, f -> row(f, "dangerousGoods").put("flashPointC", -200),
                        "fields.dangerousGoods[0].flashPointC"),
                invalid("date", DocumentType.UL110, f -> f.put("issueDate", "2026/12/05"), "fields.issueDate"),
                invalid("date-time", DocumentType.UL090, f -> f.put("plannedGateIn", "tomorrow"), "fields.plannedGateIn"),
                invalid("boolean", DocumentType.UL090, f -> f.put("dangerousGoods", "yes"), "fields.dangerousGoods"),
                invalid("party without name", DocumentType.UL070, f -> ((ObjectNode) f.get("haulier")).remove("name"),
                        "fields.haulier.name"),
                invalid("group not an object", DocumentType.UL280, f -> f.put("services", "all"), "fields.services"),
                invalid("too few rows", DocumentType.UL020, f -> f.putArray("dangerousGoods"), "fields.dangerousGoods"),
                invalid("too many rows", DocumentType.UL060,
                        f -> ((ObjectNode) f.get("containers").get(0)).putArray("seals")
                                .add("S1").add("S2").add("S3").add("S4").add("S5").add("S6"),
                        "fields.containers[0].seals"),
                invalid("unknown field", DocumentType.UL300, f -> f.put("colour", "red"), "fields.colour"),
                invalid("record-backed type", DocumentType.UL040, f -> row(f, "goods").put("hsCode", "87"),
                        "fields.goods[0].hsCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    void refusesAnInvalidFieldOfEachKindNamingItsPath(String kind, DocumentType type, Consumer<ObjectNode> breakIt,
                                                       String path) {
        ObjectNode fields = DocumentSamples.sample(definitions.definition(type));
        breakIt.accept(fields);

        ResponseEntity<JsonNode> answer = http.postForEntity(documents(dealId),
                Map.of("type", type.name(), "fields", fields), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).as(kind).containsExactly(path);
        assertThat(answer.getBody().get("detail").asText()).contains(type.name(), path);
    }

    @Test
    void refusesAnInvalidUpdateNamingEveryFieldAndKeepsTheDocument() {
        ObjectNode fields = DocumentSamples.sample(definitions.definition(DocumentType.UL300));
        JsonNode document = created(http, dealId, request(DocumentType.UL300, fields));

        ObjectNode broken = fields.deepCopy();
        broken.remove("blNo");
        broken.put("issueDate", "tomorrow");
        ResponseEntity<JsonNode> answer = put(http, dealId, document, broken);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("fields.blNo", "fields.issueDate");
        assertThat(http.getForObject(documents(dealId) + "/" + document.get("id").asLong(), JsonNode.class)
                .get("version").asInt()).isEqualTo(1);
    }

    @Test
    void describesEveryTypeForClientsBuildingForms() {
        JsonNode all = http.getForObject("/api/v1/document-types", JsonNode.class);
        assertThat(all.get("types")).hasSize(DocumentType.values().length);
        assertThat(all.get("rootFields").findValuesAsText("name")).contains("bookingNo", "blNo", "vesselName", "shipper");
        assertThat(all.at("/codeLists/unlocode/pattern").asText()).isEqualTo("[A-Z]{2}[A-Z0-9]{3}");

        JsonNode delivery = http.getForObject("/api/v1/document-types/UL300", JsonNode.class);
        assertThat(delivery.get("ja").asText()).isEqualTo("荷渡指図書 (D/O)");
        assertThat(delivery.get("directions")).extracting(JsonNode::asText).containsExactly("IMPORT");
        JsonNode blNo = field(delivery, "blNo");
        assertThat(blNo.get("type").asText()).isEqualTo("text");
        assertThat(blNo.get("shared").asText()).isEqualTo("blNo");
        assertThat(blNo.get("required").asBoolean()).isTrue();
        assertThat(blNo.get("maxLength").asInt()).isEqualTo(35);
        JsonNode containers = field(delivery, "containers");
        assertThat(containers.get("type").asText()).isEqualTo("repeat");
        assertThat(containers.get("fields").findValuesAsText("name")).contains("containerNo", "sealNo");

        ResponseEntity<JsonNode> unknown = http.getForEntity("/api/v1/document-types/UL999", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(anonymous.getForEntity("/api/v1/document-types", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static ObjectNode request(DocumentType type, ObjectNode fields) {
        ObjectNode request = fields.objectNode().put("type", type.name());
        request.set("fields", fields);
        return request;
    }

    private static JsonNode field(JsonNode definition, String name) {
        for (JsonNode field : definition.get("fields")) {
            if (field.get("name").asText().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + definition);
    }

    private static ObjectNode row(ObjectNode fields, String repeat) {
        return (ObjectNode) fields.get(repeat).get(0);
    }

    private static Arguments invalid(String kind, DocumentType type, Consumer<ObjectNode> breakIt, String path) {
        return Arguments.of(kind, type, breakIt, path);
    }
}

package io.minato.hub.app.collaboration;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tasks on a deal: the shipper asks its forwarder to check the S/I; the carrier looks on; the trucker
 * (NONE on UL040) is on the deal but may not learn which document a task is about.
 */
class DealTaskIT extends HubIntegrationTest {

    @Autowired
    private ObjectMapper json;

    private TestRestTemplate shipper;
    private TestRestTemplate forwarder;
    private TestRestTemplate carrier;
    private TestRestTemplate trucker;
    private String shipperCode;
    private String forwarderCode;
    private String carrierCode;
    private String outsiderCode;
    private long documentId;
    private String tasks;

    @BeforeEach
    void dealWithAnInstruction() throws IOException {
        shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        forwarderCode = company(http, "FWD", BusinessType.FORWARDER);
        carrierCode = company(http, "OCN", BusinessType.OCEAN_CARRIER);
        String truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        outsiderCode = company(http, "OUT", BusinessType.FORWARDER);
        shipper = administrator(http, shipperCode);
        forwarder = administrator(http, forwarderCode);
        carrier = administrator(http, carrierCode);
        trucker = administrator(http, truckerCode);
        long dealId = deal(shipper, "EXPORT");
        invited(shipper, dealId, forwarderCode, BusinessType.FORWARDER);
        invited(shipper, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        invited(shipper, dealId, truckerCode, BusinessType.TRUCKER);
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            documentId = shipper.postForEntity("/api/v1/deals/" + dealId + "/documents", json.readTree(in), JsonNode.class)
                    .getBody().get("id").asLong();
        }
        tasks = "/api/v1/deals/" + dealId + "/tasks";
    }

    @Test
    void theShipperAssignsACheckOfItsInstructionToTheForwarder() {
        ResponseEntity<JsonNode> created = create(shipper, task("S/I を確認してください", forwarderCode, documentId));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode task = created.getBody();
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.get("assigneeCompany").asText()).isEqualTo(forwarderCode);
        assertThat(task.get("createdByCompany").asText()).isEqualTo(shipperCode);
        assertThat(task.get("documentId").asLong()).isEqualTo(documentId);
        assertThat(task.get("documentType").asText()).isEqualTo("UL040");
        assertThat(task.get("dueDate").asText()).isEqualTo("2026-12-01");
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo(tasks + "/" + task.get("id").asLong());

        assertThat(titles(forwarder, "?assignedToMe=true")).containsExactly("S/I を確認してください");
        assertThat(titles(carrier, "?assignedToMe=true")).isEmpty();
        assertThat(titles(carrier, "")).containsExactly("S/I を確認してください");
    }

    @Test
    void aParticipantWithoutRightsOnTheDocumentsTypeSeesTheTaskButNotTheDocument() {
        long id = create(shipper, task("S/I を確認してください", forwarderCode, documentId)).getBody().get("id").asLong();

        JsonNode seen = trucker.getForObject(tasks + "/" + id, JsonNode.class);

        assertThat(seen.get("title").asText()).isEqualTo("S/I を確認してください");
        assertThat(seen.hasNonNull("documentId")).isFalse();
        assertThat(seen.hasNonNull("documentType")).isFalse();
        ResponseEntity<JsonNode> aboutIt = create(trucker, task("見せて", shipperCode, documentId));
        assertThat(aboutIt.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAssigneeOrTheCreatorChangeTheStatusNobodyElse() {
        long id = create(shipper, task("VGM を提出してください", forwarderCode, null)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> byCarrier = patch(carrier, id, Map.of("status", "DONE"));
        ResponseEntity<JsonNode> byAssignee = patch(forwarder, id, Map.of("status", "DONE"));

        assertThat(byCarrier.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byCarrier.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(byAssignee.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAssignee.getBody().get("status").asText()).isEqualTo("DONE");
        assertThat(byAssignee.getBody().get("updatedByCompany").asText()).isEqualTo(forwarderCode);

        ResponseEntity<JsonNode> reopened = patch(shipper, id, Map.of("status", "OPEN"));
        assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(patch(shipper, id, Map.of("status", "CANCELLED")).getBody().get("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(titles(shipper, "?status=CANCELLED")).containsExactly("VGM を提出してください");
        assertThat(titles(shipper, "?status=OPEN")).isEmpty();
    }

    @Test
    void onlyTheCreatorChangesWhatATaskAsks() {
        long id = create(shipper, task("VGM を提出してください", forwarderCode, null)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> byAssignee = patch(forwarder, id, Map.of("title", "やりません"));
        // a tree, because the client's ObjectMapper leaves null map entries out (non_null inclusion)
        ObjectNode reassign = json.createObjectNode()
                .put("assigneeCompany", carrierCode)
                .put("title", "VGM を確認してください")
                .putNull("dueDate");
        ResponseEntity<JsonNode> byCreator = patch(shipper, id, reassign);

        assertThat(byAssignee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(byCreator.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byCreator.getBody().get("title").asText()).isEqualTo("VGM を確認してください");
        assertThat(byCreator.getBody().get("assigneeCompany").asText()).isEqualTo(carrierCode);
        assertThat(byCreator.getBody().hasNonNull("dueDate")).isFalse();
        assertThat(titles(forwarder, "?assignedToMe=true")).isEmpty();
        assertThat(titles(carrier, "?assignedToMe=true")).containsExactly("VGM を確認してください");
        assertThat(patch(forwarder, id, Map.of("status", "DONE")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesAnAssigneeOffTheDealOrAUserOfAnotherCompany() {
        ResponseEntity<JsonNode> offTheDeal = create(shipper, task("x", outsiderCode, null));
        Map<String, Object> withUser = task("x", forwarderCode, null);
        withUser.put("assigneeUser", "operator");
        ResponseEntity<JsonNode> foreignUser = create(shipper, withUser);

        assertThat(offTheDeal.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(offTheDeal.getBody().get("detail").asText()).contains(outsiderCode);
        assertThat(foreignUser.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(foreignUser.getBody().get("detail").asText()).contains("operator", forwarderCode);
        assertThat(titles(shipper, "")).isEmpty();
    }

    @Test
    void aTaskForOneUserIsAssignedToThatUserNotToItsColleagues() {
        String login = "clerk-" + forwarderCode.toLowerCase();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("login", login);
        user.put("displayName", "通関 花子");
        user.put("password", PlatformFixtures.PASSWORD);
        user.put("partyCode", forwarderCode);
        user.put("administrator", false);
        assertThat(http.postForEntity("/api/v1/platform-users", user, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        TestRestTemplate clerk = http.withBasicAuth(login, PlatformFixtures.PASSWORD);
        Map<String, Object> forClerk = task("輸出申告の準備", forwarderCode, null);
        forClerk.put("assigneeUser", login);

        ResponseEntity<JsonNode> created = create(shipper, forClerk);
        create(shipper, task("会社宛の依頼", forwarderCode, null));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().get("assigneeUser").asText()).isEqualTo(login);
        assertThat(titles(clerk, "?assignedToMe=true")).containsExactly("輸出申告の準備", "会社宛の依頼");
        assertThat(titles(forwarder, "?assignedToMe=true")).containsExactly("会社宛の依頼");
        long id = created.getBody().get("id").asLong();
        assertThat(patch(clerk, id, Map.of("status", "DONE")).getBody().get("updatedBy").asText()).isEqualTo(login);
    }

    @Test
    void refusesUnknownFieldsAndBadValuesInAPatch() {
        long id = create(shipper, task("x", forwarderCode, null)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> answer = patch(shipper, id, Map.of("status", "FINISHED", "colour", "red"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("status", "colour");
    }

    @Test
    void aCompanyOffTheDealSeesNoTasks() {
        TestRestTemplate outsider = administrator(http, outsiderCode);

        assertThat(outsider.getForEntity(tasks, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(create(outsider, task("x", outsiderCode, null)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Map<String, Object> task(String title, String assignee, Long document) {
        Map<String, Object> task = new LinkedHashMap<>();
        task.put("title", title);
        task.put("description", "ブッキング番号と重量を確認");
        task.put("assigneeCompany", assignee);
        task.put("dueDate", "2026-12-01");
        if (document != null) {
            task.put("documentId", document);
        }
        return task;
    }

    private ResponseEntity<JsonNode> create(TestRestTemplate as, Map<String, Object> task) {
        return as.postForEntity(tasks, task, JsonNode.class);
    }

    private ResponseEntity<JsonNode> patch(TestRestTemplate as, long id, Object changes) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        return as.exchange(tasks + "/" + id, HttpMethod.PATCH, new HttpEntity<>(changes, headers), JsonNode.class);
    }

    private List<String> titles(TestRestTemplate as, String query) {
        ResponseEntity<JsonNode> list = as.getForEntity(tasks + query, JsonNode.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return list.getBody().findValuesAsText("title");
    }
}

package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class PermissionMatrixIT extends HubIntegrationTest {

    @Test
    void servesEveryDocumentTypeWithEveryBusinessTypeAndTheirNames() {
        ResponseEntity<JsonNode> response = http.getForEntity("/api/v1/permissions/matrix", JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = response.getBody();
        assertThat(body.get("documents")).hasSize(DocumentType.values().length);
        for (JsonNode document : body.get("documents")) {
            assertThat(document.get("rights")).as(document.get("code").asText()).hasSize(BusinessType.values().length);
        }
        JsonNode confirmation = body.get("documents").get(DocumentType.UL050.ordinal());
        assertThat(confirmation.get("code").asText()).isEqualTo("UL050");
        assertThat(confirmation.get("ja").asText()).isEqualTo("ブッキング確認書");
        assertThat(confirmation.get("en").asText()).isEqualTo("Booking confirmation");
        assertThat(confirmation.at("/rights/OCEAN_CARRIER").asText()).isEqualTo("READ_WRITE");
        assertThat(confirmation.at("/rights/SHIPPER").asText()).isEqualTo("READ");
        assertThat(confirmation.at("/rights/SYSTEM_VENDOR").asText()).isEqualTo("NONE");
        assertThat(body.at("/documents/" + DocumentType.UL100.ordinal() + "/rights/TRUCKER").asText()).isEqualTo("NONE");

        assertThat(body.get("businessTypes")).hasSize(BusinessType.values().length);
        assertThat(body.at("/businessTypes/0/code").asText()).isEqualTo("SHIPPER");
        assertThat(body.at("/businessTypes/0/ja").asText()).isEqualTo("荷主");
        assertThat(body.get("rights").findValuesAsText("ja")).containsExactly("権限なし", "参照", "参照・更新");
        assertThat(body.get("operations").findValuesAsText("code")).contains("SEND", "ATTACHMENT_WRITE");
        for (JsonNode operation : body.get("operations")) {
            if (operation.get("code").asText().equals("SEND")) {
                assertThat(operation.get("required").asText()).isEqualTo("READ_WRITE");   // terms art. 9
            }
        }
    }
}

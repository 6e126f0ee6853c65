package io.minato.hub.app.document;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.user;
import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.fields;
import static io.minato.hub.app.document.DocumentRequests.put;
import static io.minato.hub.app.document.DocumentRequests.sample;
import static io.minato.hub.app.document.DocumentRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** 編集ロック: fields a sent S/I shares with the deal's booking request keep the S/I's value. */
class EditLockIT extends HubIntegrationTest {

    private TestRestTemplate shipper;
    private long dealId;
    private JsonNode bookingRequest;
    private JsonNode shippingInstruction;

    @BeforeEach
    void dealWithABookingRequestAndAnSi() {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        shipper = user(http, shipperCode);
        dealId = deal(administrator(http, shipperCode), "EXPORT");
        bookingRequest = created(shipper, dealId, sample("booking-request"));
        shippingInstruction = created(shipper, dealId, sample("shipping-instruction"));
        // the S/I's shared values reached the booking request through the root document: a new version
        bookingRequest = shipper.getForObject(DocumentRequests.documents(dealId) + "/" + bookingRequest.get("id").asLong(),
                JsonNode.class);
    }

    @Test
    void sharedFieldsStayEditableUntilTheTriggerIsSent() {
        ResponseEntity<JsonNode> answer = put(shipper, dealId, bookingRequest,
                fields(bookingRequest).put("portOfLoading", "JPTYO"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().at("/fields/portOfLoading").asText()).isEqualTo("JPTYO");
    }

    @Test
    void aSentSiLocksTheFieldsItSharesNamingFieldTriggerAndTime() {
        JsonNode sent = send(shipper, dealId, shippingInstruction.get("id").asLong()).getBody();

        ResponseEntity<JsonNode> refused = put(shipper, dealId, bookingRequest,
                fields(bookingRequest).put("portOfLoading", "JPTYO").put("portOfDischarge", "USOAK"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(refused.getBody().get("errors").findValuesAsText("field"))
                .containsExactly("fields.portOfLoading", "fields.portOfDischarge");
        String message = refused.getBody().at("/errors/0/message").asText();
        assertThat(message).contains("UL040", "船積港", "Port of loading", "送信", "sent at",
                shippingInstruction.get("id").asText(), sent.get("sentAt").asText().substring(0, 10));
        assertThat(refused.getBody().get("detail").asText()).contains("fields.portOfLoading");
        assertThat(shipper.getForObject(DocumentRequests.documents(dealId) + "/" + bookingRequest.get("id").asLong(),
                JsonNode.class).at("/fields/portOfLoading").asText()).isEqualTo("JPYOK");
    }

    @Test
    void fieldsTheTriggerDoesNotShareStayEditableAndALockedOneMayTakeTheTriggersValue() {
        send(shipper, dealId, shippingInstruction.get("id").asLong());

        ResponseEntity<JsonNode> remarks = put(shipper, dealId, bookingRequest,
                fields(bookingRequest).put("remarks", "冷蔵不要").put("vesselName", "ONE HARMONY"));

        assertThat(remarks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(remarks.getBody().at("/fields/remarks").asText()).isEqualTo("冷蔵不要");
        assertThat(remarks.getBody().at("/fields/vesselName").asText()).isEqualTo("ONE HARMONY");
    }

    @Test
    void theSentTriggerItselfKeepsItsSharedFields() {
        JsonNode sent = send(shipper, dealId, shippingInstruction.get("id").asLong()).getBody();

        ResponseEntity<JsonNode> locked = put(shipper, dealId, sent, fields(sent).put("vesselName", "ONE HAMBURG"));
        ResponseEntity<JsonNode> free = put(shipper, dealId, sent, fields(sent).put("bondedAreaName", "大黒ふ頭"));

        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(locked.getBody().get("errors").findValuesAsText("field")).containsExactly("fields.vesselName");
        assertThat(free.getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}

package io.minato.hub.app.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentSamples;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.FieldDefinition;
import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * TradeWaltz end to end: the simulator pushes signed webhooks and serves its feed over HTTP; the hub archives,
 * queues and applies each request once into a deal with its documents and the parties of the party table,
 * ties the deal to the trade, and tells TradeWaltz ACCEPTED, DOCUMENTS_SENT and PERMITTED.
 */
class TradeWaltzIT extends TradeWaltzItSupport {

    @Autowired
    private DocumentDefinitions definitions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExportShippingRequestBecomesADealWithItsShippingInstructionAndIsAccepted() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        String linkage = request.get("linkageId").asText();

        submit(request);

        JsonNode message = awaitWebhookMessage(request.get("requestId").asText(), 1);
        assertThat(message.get("status").asText()).as(message.path("reason").asText()).isEqualTo("PROCESSED");
        long dealId = message.get("dealId").asLong();
        JsonNode deal = http.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        assertThat(deal.get("direction").asText()).isEqualTo("EXPORT");
        assertThat(deal.get("bookingNo").asText()).isEqualTo(request.get("bookingNo").asText());
        JsonNode si = document(dealId, "UL040");
        assertThat(si.get("status").asText()).isEqualTo("RECEIVED");
        JsonNode fields = si.get("fields");
        assertThat(fields.at("/shipper/name").asText()).isEqualTo(exporter + " Co., Ltd.");
        assertThat(fields.at("/consignee/name").asText()).isEqualTo("PACIFIC IMPORTS INC.");
        assertThat(fields.get("portOfDischarge").asText()).isEqualTo("USLGB");
        assertThat(fields.get("estimatedDeparture").asText()).isEqualTo("2026-07-02");
        assertThat(fields.at("/goods/0/grossWeightKg").decimalValue()).isEqualByComparingTo("2450.5");
        assertThat(fields.at("/goods/0/containerNumbers/0").asText()).isEqualTo("ONEU1234567");

        // the party table made them participants: exporter and forwarder by their TradeWaltz ids, the consignee
        // (unknown id TW-US-0042) by its name in its city, as config/parties/parties.yml registers PACIFICIMP
        JsonNode participants = http.getForObject("/api/v1/deals/" + dealId + "/participants", JsonNode.class);
        assertThat(participants).extracting(p -> p.get("company").asText() + " " + p.get("roles"))
                .containsExactlyInAnyOrder(exporter + " [\"CZ\"]", forwarder + " [\"FW\"]", "PACIFICIMP [\"CN\"]");
        TestRestTemplate forwarderUser = PlatformFixtures.administrator(http, forwarder);
        JsonNode linked = forwarderUser.getForObject("/api/v1/deals/" + dealId + "/tradewaltz", JsonNode.class);
        assertThat(linked).singleElement().satisfies(view -> {
            assertThat(view.get("linkageId").asText()).isEqualTo(linkage);
            assertThat(view.get("tradeId").asText()).isEqualTo(request.get("tradeId").asText());
            assertThat(view.get("forwarder").asText()).isEqualTo(forwarder);
            assertThat(view.get("requester").asText()).isEqualTo(exporter);
            assertThat(view.get("documents")).singleElement().satisfies(document -> {
                assertThat(document.get("type").asText()).isEqualTo("UL040");
                assertThat(document.get("documentId").asLong()).isEqualTo(si.get("id").asLong());
                assertThat(document.get("requestVersion").asInt()).isEqualTo(1);
            });
        });
        TestRestTemplate stranger = PlatformFixtures.administrator(http, PlatformFixtures.company(http, "TWN",
                BusinessType.FORWARDER));
        assertThat(stranger.getForEntity("/api/v1/deals/" + dealId + "/tradewaltz", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // on the timeline as TradeWaltz's, and the exporter's usage through TradeWaltz
        JsonNode events = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        assertThat(events).filteredOn(event -> event.get("type").asText().equals("DOCUMENT_RECEIVED"))
                .singleElement().satisfies(event -> {
                    assertThat(event.get("channel").asText()).isEqualTo("TRADEWALTZ");
                    assertThat(event.get("actorCompany").asText()).isEqualTo(exporter);
                    assertThat(event.at("/detail/source").asText()).isEqualTo("TradeWaltz request "
                            + request.get("requestId").asText() + " v1");
                });
        assertThat(events).filteredOn(event -> event.get("type").asText().equals("TRADEWALTZ_REQUEST"))
                .singleElement().satisfies(event -> assertThat(event.at("/detail/outcome").asText()).isEqualTo("APPLIED"));
        List<Map<String, Object>> usage = jdbc.queryForList("select p.code, u.operation, u.channel, u.document_type"
                + " from usage_events u join parties p on p.id = u.party_id where u.deal_id = ? and u.document_id = ?",
                dealId, si.get("id").asLong());
        assertThat(usage).containsExactly(Map.of("code", exporter, "operation", "REGISTER", "channel", "TRADEWALTZ",
                "document_type", "UL040"));

        JsonNode accepted = awaitStatusUpdate(linkage, "ACCEPTED");
        assertThat(accepted.get("dealNumber").asText()).isEqualTo(deal.get("number").asText());
        assertThat(accepted.at("/detail/requestId").asText()).isEqualTo(request.get("requestId").asText());
        JsonNode statuses = tradeWaltz(dealId).get(0).get("statusUpdates");
        assertThat(statuses).singleElement().satisfies(status -> {
            assertThat(status.get("status").asText()).isEqualTo("ACCEPTED");
            assertThat(message(status.get("wireMessageId").asLong()).get("status").asText()).isEqualTo("SENT");
        });
    }

    @Test
    void anImportHandlingRequestBecomesAnImportDealWithItsHandlingRequestAndImportInstruction() {
        String importer = tradeWaltzCompany("TWI", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.CUSTOMS_BROKER);
        ObjectNode request = importRequest(importer, forwarder);

        submit(request);

        JsonNode message = awaitWebhookMessage(request.get("requestId").asText(), 1);
        assertThat(message.get("status").asText()).as(message.path("reason").asText()).isEqualTo("PROCESSED");
        long dealId = message.get("dealId").asLong();
        JsonNode deal = http.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        assertThat(deal.get("direction").asText()).isEqualTo("IMPORT");
        assertThat(deal.get("blNo").asText()).isEqualTo(request.get("blNo").asText());
        JsonNode handling = document(dealId, "UL280").get("fields");
        assertThat(handling.get("requestNo").asText()).isEqualTo(request.get("requestId").asText());
        assertThat(handling.get("totalPackages").asInt()).isEqualTo(320);
        assertThat(handling.get("cargoDescription").asText()).isEqualTo("COTTON T-SHIRTS 他1品目");
        assertThat(handling.at("/services/delivery").asBoolean()).isTrue();
        JsonNode instruction = document(dealId, "UL270").get("fields");
        assertThat(instruction.get("clearance").asText()).isEqualTo("IMPORT_DECLARATION");
        assertThat(instruction.at("/customsBroker/name").asText()).isEqualTo(forwarder + " Co., Ltd.");
        assertThat(http.getForObject("/api/v1/deals/" + dealId + "/participants", JsonNode.class))
                .extracting(p -> p.get("company").asText() + " " + p.get("roles"))
                .containsExactlyInAnyOrder(importer + " [\"CN\"]", forwarder + " [\"FW\"]");
        awaitStatusUpdate(request.get("linkageId").asText(), "ACCEPTED");
    }

    @Test
    void theSameRequestByWebhookAndByTheFeedIsAppliedOnce() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        String requestId = request.get("requestId").asText();
        submit(request);
        long dealId = awaitWebhookMessage(requestId, 1).get("dealId").asLong();

        JsonNode poll = pollAndProcess();

        JsonNode page = pageCarrying(poll, requestId, 1);
        assertThat(page.get("channel").asText()).isEqualTo("TRADEWALTZ");
        assertThat(page.get("content").asText()).contains(requestId);
        assertThat(page.at("/correlation/duplicate").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(page.get("status").asText()).as(page.path("reason").asText()).isIn("DUPLICATE", "PROCESSED");
        JsonNode view = tradeWaltz(dealId).get(0);
        assertThat(view.get("requests")).singleElement()
                .satisfies(received -> assertThat(received.get("outcome").asText()).isEqualTo("APPLIED"));
        JsonNode events = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        assertThat(events).filteredOn(event -> event.get("type").asText().startsWith("DOCUMENT_")).hasSize(1);
        assertThat(statusUpdates(request.get("linkageId").asText())).hasSizeLessThanOrEqualTo(1);
        awaitStatusUpdate(request.get("linkageId").asText(), "ACCEPTED");
        assertThat(statusUpdates(request.get("linkageId").asText())).as("ACCEPTED once per trade").hasSize(1);
    }

    @Test
    void anAmendmentUpdatesTheDocumentAndAnOlderVersionAfterANewerOneIsRecordedNotApplied() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        String requestId = request.get("requestId").asText();
        submit(request);
        long dealId = awaitWebhookMessage(requestId, 1).get("dealId").asLong();
        long documentId = document(dealId, "UL040").get("id").asLong();
        // an invoice typed on the platform takes the request's shared values from the root document
        long invoiceId = invoiceWithoutSharedFields(dealId);
        assertThat(http.getForObject("/api/v1/deals/{d}/documents/{i}", JsonNode.class, dealId, invoiceId)
                .at("/fields/voyageNo").asText()).isEqualTo(document(dealId, "UL040").at("/fields/voyageNo").asText());

        ObjectNode amended = request.deepCopy();
        amended.put("version", 2);
        ((ObjectNode) amended.get("transport")).put("voyageNo", "044E");
        ((ObjectNode) amended.at("/goods/0")).put("packages", 130);
        submit(amended);

        JsonNode second = awaitWebhookMessage(requestId, 2);
        assertThat(second.get("status").asText()).as(second.path("reason").asText()).isEqualTo("PROCESSED");
        assertThat(second.get("dealId").asLong()).isEqualTo(dealId);
        JsonNode si = document(dealId, "UL040");
        assertThat(si.get("id").asLong()).as("the same S/I, updated").isEqualTo(documentId);
        assertThat(si.get("version").asInt()).isEqualTo(2);
        assertThat(si.at("/fields/voyageNo").asText()).isEqualTo("044E");
        assertThat(si.at("/fields/goods/0/packages").asInt()).isEqualTo(130);
        assertThat(tradeWaltz(dealId).at("/0/documents/0/requestVersion").asInt()).isEqualTo(2);
        // the amendment reaches the invoice through the root document, TradeWaltz named as the source
        assertThat(http.getForObject("/api/v1/deals/{d}/documents/{i}", JsonNode.class, dealId, invoiceId)
                .at("/fields/voyageNo").asText()).isEqualTo("044E");
        JsonNode voyage = StreamSupport.stream(http.getForObject("/api/v1/deals/{d}/root", JsonNode.class, dealId)
                        .get("fields").spliterator(), false)
                .filter(field -> field.get("name").asText().equals("voyageNo")).findFirst().orElseThrow();
        assertThat(voyage.at("/source/kind").asText()).isEqualTo("TRADEWALTZ");
        assertThat(voyage.at("/source/position").asText()).contains(requestId, "UL040 fields.voyageNo");

        // version 1 again (TradeWaltz re-sending the original late): received before, nothing applied
        JsonNode again = message(postSigned(request.toString()));
        JsonNode repeated = awaitFinished(again.get("id").asLong());
        assertThat(repeated.get("status").asText()).isEqualTo("DUPLICATE");

        // another trade whose version 1 arrives only after its version 2 (webhook of v1 lost, feed polled later)
        ObjectNode late = exportRequest(exporter, forwarder);
        String lateId = late.get("requestId").asText();
        failWebhooks();
        try {
            submit(late);
        } finally {
            deliverWebhooks();
        }
        ObjectNode lateAmended = late.deepCopy();
        lateAmended.put("version", 2);
        ((ObjectNode) lateAmended.get("transport")).put("voyageNo", "045E");
        submit(lateAmended);
        long lateDeal = awaitWebhookMessage(lateId, 2).get("dealId").asLong();

        JsonNode page = pageCarrying(pollAndProcess(), lateId, 1);

        assertThat(page.at("/correlation/superseded").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(document(lateDeal, "UL040").at("/fields/voyageNo").asText()).isEqualTo("045E");
        assertThat(document(lateDeal, "UL040").get("version").asInt()).isEqualTo(1);
        assertThat(tradeWaltz(lateDeal).at("/0/requests")).extracting(r -> r.get("version").asInt() + " "
                + r.get("outcome").asText()).containsExactly("2 APPLIED", "1 SUPERSEDED");
    }

    @Test
    void theFeedCatchesARequestWhoseWebhookFailed() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        String requestId = request.get("requestId").asText();
        failWebhooks();
        try {
            submit(request);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() ->
                    StreamSupport.stream(webhookDeliveries().spliterator(), false).anyMatch(delivery ->
                            requestId.equals(delivery.get("requestId").asText())
                                    && "NOT_DELIVERED".equals(delivery.get("outcome").asText())));
        } finally {
            deliverWebhooks();
        }

        JsonNode page = pageCarrying(pollAndProcess(), requestId, 1);

        assertThat(page.get("status").asText()).as(page.path("reason").asText()).isEqualTo("PROCESSED");
        assertThat(page.at("/correlation/via").asText()).isEqualTo("poll");
        assertThat(page.at("/correlation/applied").asInt()).isGreaterThanOrEqualTo(1);
        ResponseEntity<JsonNode> deals = http.getForEntity("/api/v1/deals?bookingNo={b}", JsonNode.class,
                request.get("bookingNo").asText());
        long dealId = deals.getBody().get(0).get("id").asLong();
        assertThat(document(dealId, "UL040").at("/fields/bookingNo").asText()).isEqualTo(request.get("bookingNo").asText());
        awaitStatusUpdate(request.get("linkageId").asText(), "ACCEPTED");
    }

    @Test
    void sendingTheDealsShippingInstructionAndTheNaccsPermitAreToldToTradeWaltzOnce() {
        String exporter = tradeWaltzCompany("TWX", BusinessType.SHIPPER);
        String forwarder = tradeWaltzCompany("TWF", BusinessType.FORWARDER);
        ObjectNode request = exportRequest(exporter, forwarder);
        String linkage = request.get("linkageId").asText();
        submit(request);
        JsonNode message = awaitWebhookMessage(request.get("requestId").asText(), 1);
        long dealId = message.get("dealId").asLong();
        long siId = document(dealId, "UL040").get("id").asLong();
        awaitStatusUpdate(linkage, "ACCEPTED");

        TestRestTemplate exporterUser = PlatformFixtures.administrator(http, exporter);
        ResponseEntity<JsonNode> sent = exporterUser.postForEntity("/api/v1/deals/" + dealId + "/documents/" + siId
                + "/send", null, JsonNode.class);
        assertThat(sent.getStatusCode()).as("send: %s", sent.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode documentsSent = awaitStatusUpdate(linkage, "DOCUMENTS_SENT");
        assertThat(documentsSent.at("/detail/type").asText()).isEqualTo("UL040");
        assertThat(documentsSent.at("/detail/documentId").asLong()).isEqualTo(siId);
        // sending again tells TradeWaltz nothing new
        assertThat(exporterUser.postForEntity("/api/v1/deals/" + dealId + "/documents/" + siId + "/send", null,
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        // the NACCS output store records the export permit (SAD0020 permittedAt) as customs state of the deal
        jdbc.update("insert into naccs_customs_state (deal_id, subject, field, value, as_of, wire_message_id)"
                + " values (?, 'DECLARATION:TW0000000001', 'permittedAt', '20260701103000', now(), ?)",
                dealId, message.get("id").asLong());
        JsonNode permitted = awaitStatusUpdate(linkage, "PERMITTED");
        assertThat(permitted.at("/detail/declarationNumber").asText()).isEqualTo("TW0000000001");
        assertThat(permitted.at("/detail/permittedAt").asText()).isEqualTo("20260701103000");

        assertThat(tradeWaltz(dealId).at("/0/statusUpdates")).extracting(s -> s.get("status").asText() + " "
                + s.get("state").asText()).containsExactly("ACCEPTED SENT", "DOCUMENTS_SENT SENT", "PERMITTED SENT");
        assertThat(statusUpdates(linkage)).extracting(update -> update.get("status").asText())
                .containsExactly("ACCEPTED", "DOCUMENTS_SENT", "PERMITTED");
    }

    /** A UL100 created through the API with none of its single-valued shared fields: the root fills them. */
    private long invoiceWithoutSharedFields(long dealId) {
        ObjectNode fields = DocumentSamples.sample(definitions.definition(DocumentType.UL100));
        for (FieldDefinition field : definitions.definition(DocumentType.UL100).fields()) {
            if (field.shared() != null && !definitions.rootField(field.shared()).orElseThrow().many()) {
                fields.remove(field.name());
            }
        }
        fields.put("invoiceNo", "TW-INV-" + System.nanoTime());
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/{d}/documents",
                Map.of("type", "UL100", "fields", fields), JsonNode.class, dealId);
        assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }
}

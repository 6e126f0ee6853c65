package io.minato.hub.app.root;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.colins.ColinsItSupport;
import io.minato.hub.app.document.DocumentSamples;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.FieldDefinition;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The root document: a shared field entered once reaches every document of the deal carrying it, from a
 * person (API), a carrier (EDIFACT) and a terminal (Colins); the precedence rule decides conflicts and
 * they are shown; the lineage names each value's source.
 */
class RootDocumentIT extends ColinsItSupport {

    @Autowired
    private DocumentDefinitions definitions;

    private String booking;
    private String voyage;
    private long dealId;

    @BeforeEach
    void exportDeal() {
        booking = unique("RTBK");
        voyage = unique("V");
        ResponseEntity<JsonNode> deal = http.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", booking, "carrierCode", "ONEY"), JsonNode.class);
        assertThat(deal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        dealId = deal.getBody().get("id").asLong();
    }

    @Test
    void aSharedFieldEnteredOnceReachesEveryDocumentFromAPersonACarrierAndATerminal() throws IOException {
        long bookingRequest = create(DocumentType.UL010, Map.of("carrierCode", "ONEY", "vesselName", "FEEDER STAR",
                "voyageNo", "001W", "portOfLoading", "JPYOK", "portOfDischarge", "USLAX", "cargoDescription", "AUTO PARTS",
                "shipper", Map.of("name", "NIPPON AUTO PARTS K.K.")));
        // typed once: the S/I's required vessel, voyage, ports and shipper come from the root
        long shippingInstruction = create(DocumentType.UL040, Map.of("consignee", Map.of("name", "MINATO USA INC."),
                "estimatedDeparture", "2026-12-01"));
        long gateIn = create(DocumentType.UL090, Map.of("bookingNo", booking, "cargoCutOff", "2026-11-28"));
        long invoice = create(DocumentType.UL100, Map.of("invoiceNo", unique("INV")));
        long bookingList = create(DocumentType.UL250, Map.of());
        List<Long> typed = List.of(bookingRequest, shippingInstruction, gateIn, invoice, bookingList);

        assertThat(fields(shippingInstruction).get("vesselName").asText()).isEqualTo("FEEDER STAR");
        assertThat(fields(shippingInstruction).at("/shipper/name").asText()).isEqualTo("NIPPON AUTO PARTS K.K.");
        assertThat(fields(bookingList).get("estimatedDeparture").asText()).isEqualTo("2026-12-01");
        assertThat(fields(invoice).get("consignee")).isEqualTo(fields(shippingInstruction).get("consignee"));

        // a person changes the vessel in the booking request: every other document follows, in one step
        assertThat(update(bookingRequest, "vesselName", "FEEDER MOON").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(typed).allSatisfy(id -> assertThat(fields(id).get("vesselName").asText()).isEqualTo("FEEDER MOON"));
        JsonNode byPerson = last("ROOT_FIELDS_UPDATED");
        assertThat(byPerson.at("/detail/source").asText()).isEqualTo("USER");
        assertThat(byPerson.at("/detail/document/type").asText()).isEqualTo("UL010");
        assertThat(byPerson.at("/detail/fields/0/position").asText()).isEqualTo("UL010 fields.vesselName");
        assertThat(byPerson.at("/detail/updatedDocuments").findValuesAsText("type"))
                .containsExactlyInAnyOrder("UL040", "UL090", "UL100", "UL250");

        // the carrier's booking confirmation (EDIFACT) sets vessel, voyage, ETD and cut-off for every document
        long confirmation = confirm("20240320");
        List<Long> all = new ArrayList<>(typed);
        all.add(confirmation);
        assertThat(all).allSatisfy(id -> {
            assertThat(fields(id).get("vesselName").asText()).isEqualTo("ONE MINATO");
            assertThat(fields(id).get("voyageNo").asText()).isEqualTo(voyage);
        });
        assertThat(fields(shippingInstruction).get("estimatedDeparture").asText()).isEqualTo("2024-03-20");
        assertThat(fields(gateIn).get("cargoCutOff").asText()).isEqualTo("2024-03-18");
        JsonNode byCarrier = last("ROOT_FIELDS_UPDATED");
        assertThat(byCarrier.at("/detail/source").asText()).isEqualTo("EDIFACT");
        assertThat(byCarrier.get("channel").asText()).isEqualTo("EDIFACT");
        assertThat(fieldEntry(byCarrier, "vesselName").get("position").asText()).isEqualTo("UNH 1 TDT+20 C222/8212");
        assertThat(fieldEntry(byCarrier, "vesselName").get("previous").asText()).isEqualTo("FEEDER MOON");

        // the carrier's vessel outranks a person's (root.yml): the change is refused, naming what holds
        ResponseEntity<JsonNode> refused = update(shippingInstruction, "vesselName", "MY OWN VESSEL");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("fields.vesselName");
        assertThat(refused.getBody().at("/errors/0/message").asText())
                .contains("「本船名」", "EDIFACT", "UL050", "\"ONE MINATO\"", "EDIFACT > others");
        assertThat(fields(shippingInstruction).get("vesselName").asText()).isEqualTo("ONE MINATO");

        // the terminal's schedule (Colins, auto-update on) outranks the carrier's for ETD and cut-off
        assertThat(autoUpdate(true).getStatusCode()).isEqualTo(HttpStatus.OK);
        report(record("VESSEL_MOVEMENT", "YOK-MC3", "portCode", "JPYOK", "vesselName", "ONE MINATO",
                "voyageNo", voyage, "scheduledArrival", "2024-03-21T06:00:00+09:00",
                "scheduledDeparture", "2024-03-22T01:00:00+09:00", "cargoCutOff", "2024-03-19T12:00:00+09:00"));
        pollAndProcess();
        assertThat(List.of(shippingInstruction, invoice, bookingList, confirmation))
                .allSatisfy(id -> assertThat(fields(id).get("estimatedDeparture").asText()).isEqualTo("2024-03-22"));
        assertThat(List.of(gateIn, confirmation))
                .allSatisfy(id -> assertThat(fields(id).get("cargoCutOff").asText()).isEqualTo("2024-03-19"));
        JsonNode byTerminal = last("ROOT_FIELDS_UPDATED");
        assertThat(byTerminal.get("channel").asText()).isEqualTo("COLINS");
        assertThat(fieldEntry(byTerminal, "estimatedDeparture").get("position").asText())
                .contains("ONE MINATO", "scheduledDeparture");

        // a later confirmation with another ETD loses against Colins: kept out, and shown as a conflict
        confirm("20240325");
        assertThat(fields(confirmation).get("estimatedDeparture").asText()).isEqualTo("2024-03-22");
        JsonNode conflict = last("ROOT_FIELD_CONFLICT");
        assertThat(conflict.at("/detail/source").asText()).isEqualTo("EDIFACT");
        JsonNode etd = StreamSupport.stream(conflict.at("/detail/conflicts").spliterator(), false)
                .filter(entry -> entry.get("name").asText().equals("estimatedDeparture")).findFirst().orElseThrow();
        assertThat(etd.get("offered").asText()).isEqualTo("2024-03-25");
        assertThat(etd.get("kept").asText()).isEqualTo("2024-03-22");
        assertThat(etd.get("keptSource").asText()).startsWith("Colins");
        assertThat(etd.get("rule").asText()).contains("Colins > EDIFACT");

        // the lineage: each field's value, source and time, and every value offered for it
        JsonNode root = http.getForObject("/api/v1/deals/{d}/root", JsonNode.class, dealId);
        JsonNode vessel = rootField(root, "vesselName");
        assertThat(vessel.get("value").asText()).isEqualTo("ONE MINATO");
        assertThat(vessel.at("/source/kind").asText()).isEqualTo("EDIFACT");
        assertThat(vessel.at("/source/document/type").asText()).isEqualTo("UL050");
        assertThat(vessel.at("/source/position").asText()).isEqualTo("UNH 1 TDT+20 C222/8212");
        assertThat(vessel.get("setAt").asText()).isNotBlank();
        assertThat(vessel.get("lineage").findValuesAsText("outcome")).containsExactly("SET", "SET", "SET");
        assertThat(StreamSupport.stream(vessel.get("lineage").spliterator(), false).map(change -> change.get("value").asText()))
                .containsExactly("FEEDER STAR", "FEEDER MOON", "ONE MINATO");
        assertThat(vessel.get("documents").findValuesAsText("type"))
                .containsExactlyInAnyOrder("UL010", "UL040", "UL050", "UL090", "UL100", "UL250");
        assertThat(vessel.get("documents").findValues("agrees")).allMatch(JsonNode::asBoolean);
        JsonNode departure = rootField(root, "estimatedDeparture");
        assertThat(departure.get("value").asText()).isEqualTo("2024-03-22");
        assertThat(departure.at("/source/kind").asText()).isEqualTo("COLINS");
        assertThat(departure.at("/source/document").isMissingNode()).as("Colins writes no document of its own").isTrue();
        assertThat(StreamSupport.stream(departure.get("lineage").spliterator(), false)
                .map(change -> change.get("outcome").asText() + " " + change.at("/source/kind").asText()))
                .containsExactly("SET USER", "SET EDIFACT", "SET COLINS", "KEPT EDIFACT");

        // with auto-update off, Colins no longer outranks the carrier
        assertThat(autoUpdate(false).getStatusCode()).isEqualTo(HttpStatus.OK);
        confirm("20240326");
        assertThat(fields(shippingInstruction).get("estimatedDeparture").asText()).isEqualTo("2024-03-26");
    }

    @Test
    void aSentDocumentKeepsWhatItWasSentWithAndARestrictedOneNeitherGivesNorTakes() throws IOException {
        long bookingRequest = create(DocumentType.UL010, Map.of("carrierCode", "ONEY", "vesselName", "FEEDER STAR",
                "voyageNo", "001W", "portOfLoading", "JPYOK", "portOfDischarge", "USLAX", "cargoDescription", "AUTO PARTS",
                "shipper", Map.of("name", "NIPPON AUTO PARTS K.K.")));
        long shippingInstruction = create(DocumentType.UL040, Map.of("consignee", Map.of("name", "MINATO USA INC.")));
        String forwarder = PlatformFixtures.company(http, "RTF", BusinessType.FORWARDER);
        PlatformFixtures.invited(http, dealId, forwarder, BusinessType.FORWARDER);
        ObjectNode restricted = sampleWith(DocumentType.UL100, Map.of("invoiceNo", unique("INV"),
                "vesselName", "SECRET VESSEL", "shipper", Map.of("name", "NIPPON AUTO PARTS K.K."),
                "consignee", Map.of("name", "MINATO USA INC.")));
        ResponseEntity<JsonNode> restrictedInvoice = http.postForEntity("/api/v1/deals/{d}/documents",
                Map.of("type", "UL100", "fields", restricted, "restrictedTo", List.of(forwarder)), JsonNode.class, dealId);
        assertThat(restrictedInvoice.getStatusCode()).as("%s", restrictedInvoice.getBody()).isEqualTo(HttpStatus.CREATED);
        long invoice = restrictedInvoice.getBody().get("id").asLong();
        assertThat(fields(bookingRequest).get("vesselName").asText()).as("a restricted document gives nothing")
                .isEqualTo("FEEDER STAR");
        assertThat(http.postForEntity("/api/v1/deals/{d}/documents/{id}/send", null, JsonNode.class, dealId,
                shippingInstruction).getStatusCode().is2xxSuccessful()).isTrue();

        confirm("20240320");

        assertThat(fields(bookingRequest).get("vesselName").asText()).isEqualTo("ONE MINATO");
        assertThat(fields(shippingInstruction).get("vesselName").asText()).as("sent: kept").isEqualTo("FEEDER STAR");
        assertThat(fields(invoice).get("vesselName").asText()).as("restricted: untouched").isEqualTo("SECRET VESSEL");
        JsonNode update = last("ROOT_FIELDS_UPDATED");
        assertThat(update.at("/detail/keptDocuments").findValuesAsText("type")).containsExactly("UL040");
        JsonNode vessel = rootField(http.getForObject("/api/v1/deals/{d}/root", JsonNode.class, dealId), "vesselName");
        JsonNode sent = StreamSupport.stream(vessel.get("documents").spliterator(), false)
                .filter(document -> document.get("type").asText().equals("UL040")).findFirst().orElseThrow();
        assertThat(sent.get("agrees").asBoolean()).isFalse();
        assertThat(sent.get("value").asText()).isEqualTo("FEEDER STAR");
    }

    /** Drops the IFTMBC for this deal's booking and voyage with this ETD (yyyyMMdd); answers the UL050's id. */
    private long confirm(String etd) throws IOException {
        String interchange = iftmbc(reference("R"), booking).replace("+012E+", "+" + voyage + "+")
                .replace("DTM+133:202403201800:203", "DTM+133:" + etd + "1800:203");
        JsonNode message = awaitFinished(drop(interchange));
        assertThat(message.get("status").asText()).as("%s", message).isEqualTo("PROCESSED");
        assertThat(message.get("dealId").asLong()).isEqualTo(dealId);
        return StreamSupport.stream(http.getForObject("/api/v1/deals/{d}", JsonNode.class, dealId).get("documents")
                        .spliterator(), false)
                .filter(document -> document.get("type").asText().equals("UL050"))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private long create(DocumentType type, Map<String, Object> shared) {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/{d}/documents",
                Map.of("type", type.name(), "fields", sampleWith(type, shared)), JsonNode.class, dealId);
        assertThat(created.getStatusCode()).as("create %s: %s", type, created.getBody()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }

    /** A valid sample of the type without its shared fields but these. */
    private ObjectNode sampleWith(DocumentType type, Map<String, Object> shared) {
        ObjectNode fields = DocumentSamples.sample(definitions.definition(type));
        for (FieldDefinition field : definitions.definition(type).fields()) {
            if (field.shared() != null && !definitions.rootField(field.shared()).orElseThrow().many()) {
                fields.remove(field.name());
            }
        }
        shared.forEach((name, value) -> fields.set(name, JSON.valueToTree(value)));
        return fields;
    }

    private ResponseEntity<JsonNode> update(long documentId, String field, String value) {
        JsonNode document = document(documentId);
        ObjectNode fields = document.get("fields").deepCopy();
        fields.put(field, value);
        HttpHeaders headers = new HttpHeaders();
        headers.setIfMatch("\"" + document.get("etag").asText() + "\"");
        return http.exchange("/api/v1/deals/{d}/documents/{id}", HttpMethod.PUT,
                new HttpEntity<>(Map.of("fields", fields), headers), JsonNode.class, dealId, documentId);
    }

    private ResponseEntity<JsonNode> autoUpdate(boolean enabled) {
        return http.exchange("/api/v1/deals/{d}/colins-auto-update", HttpMethod.PUT,
                new HttpEntity<>(Map.of("enabled", enabled)), JsonNode.class, dealId);
    }

    private JsonNode document(long documentId) {
        return http.getForObject("/api/v1/deals/{d}/documents/{id}", JsonNode.class, dealId, documentId);
    }

    private JsonNode fields(long documentId) {
        return document(documentId).get("fields");
    }

    private JsonNode last(String type) {
        JsonNode timeline = http.getForObject("/api/v1/deals/{d}/events?limit=1000", JsonNode.class, dealId);
        JsonNode last = null;
        for (JsonNode event : timeline) {
            if (event.get("type").asText().equals(type)) {
                last = event;
            }
        }
        assertThat(last).as("a %s event on deal %s", type, dealId).isNotNull();
        return last;
    }

    private static JsonNode fieldEntry(JsonNode event, String name) {
        return StreamSupport.stream(event.at("/detail/fields").spliterator(), false)
                .filter(field -> field.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode rootField(JsonNode root, String name) {
        return StreamSupport.stream(root.get("fields").spliterator(), false)
                .filter(field -> field.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}

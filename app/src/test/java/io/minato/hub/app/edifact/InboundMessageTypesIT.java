package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every inbound message type through the whole hub (inbox → archive → Artemis → reader → store):
 * which deal each one finds or opens, what it leaves there, and how deals and wire messages are
 * found again by container number. Every sample names the carrier ONEY (UNB sender, NAD+CA or the
 * main carriage) where the IFTMBC template does, because an export deal is booking + carrier.
 */
class InboundMessageTypesIT extends HubIntegrationTest {

    /** Container numbers are unique per run, so one test's container never finds another test's deal. */
    private static final AtomicLong CONTAINERS = new AtomicLong(System.nanoTime() % 1_000_000L * 10);

    @Test
    void anArrivalNoticeOpensAnImportDealByItsBillOfLadingAndALaterOneIsItsSecondVersion() throws IOException {
        String bl = "MAEU" + System.nanoTime();
        String container = container();
        String container2 = container();
        long first = drop(iftman(reference("AN"), bl, "123E", container, container2));
        JsonNode firstMessage = awaitFinished(first);
        assertThat(firstMessage.get("status").asText()).as(firstMessage.path("reason").asText()).isEqualTo("PROCESSED");

        JsonNode found = http.getForObject("/api/v1/deals?blNo=" + bl, JsonNode.class);
        assertThat(found).hasSize(1);
        long dealId = found.at("/0/id").asLong();
        assertThat(found.at("/0/direction").asText()).isEqualTo("IMPORT");
        assertThat(found.at("/0/carrierCode").asText()).isEqualTo("MAEU");
        assertThat(firstMessage.get("dealId").asLong()).isEqualTo(dealId);
        JsonNode deal = deal(dealId);
        assertThat(deal.get("documents")).hasSize(1);
        assertThat(deal.at("/documents/0/type").asText()).isEqualTo("UL290");
        assertThat(deal.at("/documents/0/version").asInt()).isEqualTo(1);
        assertThat(deal.at("/documents/0/fields/blNo").asText()).isEqualTo(bl);
        assertThat(deal.at("/documents/0/fields/voyageNo").asText()).isEqualTo("123E");

        long second = drop(iftman(reference("AN"), bl, "124E", container, container2));
        JsonNode secondMessage = awaitFinished(second);
        assertThat(secondMessage.get("status").asText()).as(secondMessage.path("reason").asText()).isEqualTo("PROCESSED");

        assertThat(http.getForObject("/api/v1/deals?blNo=" + bl, JsonNode.class)).hasSize(1);
        assertThat(secondMessage.get("dealId").asLong()).isEqualTo(dealId);
        JsonNode updated = deal(dealId);
        assertThat(updated.get("documents")).hasSize(1);
        assertThat(updated.at("/documents/0/id").asLong()).isEqualTo(deal.at("/documents/0/id").asLong());
        assertThat(updated.at("/documents/0/version").asInt()).isEqualTo(2);
        assertThat(updated.at("/documents/0/fields/voyageNo").asText()).isEqualTo("124E");
        assertThat(updated.at("/documents/0/sourceMessageId").asLong()).isEqualTo(second);

        assertThat(ids(http.getForObject("/api/v1/deals?containerNo=" + container2, JsonNode.class)))
                .containsExactly(dealId);
        assertThat(ids(http.getForObject("/api/v1/messages?containerNo=" + container, JsonNode.class)))
                .containsExactly(second, first);
    }

    @Test
    void gateMovesOfABookedContainerLandOnTheExportDealAndATerminalNamingOnlyTheContainerFindsIt()
            throws IOException {
        String booking = "ONEY" + System.nanoTime();
        String container = container();
        long bookingMessage = drop(iftmbc(reference("BC"), booking));
        long dealId = processed(bookingMessage).get("dealId").asLong();

        long gateIn = drop(codeco("YOKTERM", reference("GI"), "34", booking, container, "202612030745"));
        assertThat(processed(gateIn).get("dealId").asLong()).isEqualTo(dealId);

        List<JsonNode> transport = transportEvents(dealId);
        assertThat(transport).hasSize(1);
        JsonNode gateInEvent = transport.get(0);
        assertThat(gateInEvent.get("wireMessageId").asLong()).isEqualTo(gateIn);
        assertThat(gateInEvent.at("/detail/event").asText()).isEqualTo("CONTAINER_GATE_IN");
        assertThat(gateInEvent.at("/detail/containerNo").asText()).isEqualTo(container);
        assertThat(gateInEvent.at("/detail/occurredAt").asText()).isEqualTo("2026-12-03T07:45");
        assertThat(gateInEvent.at("/detail/location").asText()).isEqualTo("JPYOK");
        assertThat(gateInEvent.at("/detail/bookingNo").asText()).isEqualTo(booking);
        assertThat(gateInEvent.at("/detail/source").asText()).startsWith("segment EQD #");
        assertThat(documents(dealId, "UL080")).singleElement().satisfies(eir -> {
            assertThat(eir.at("/fields/containerNo").asText()).isEqualTo(container);
            assertThat(eir.at("/fields/movement").asText()).isEqualTo("GATE_IN");
            assertThat(eir.get("sourceMessageId").asLong()).isEqualTo(gateIn);
        });

        long gateOut = drop(codeco("YOKTERM", reference("GO"), "36", booking, container, "202612031030"));
        assertThat(processed(gateOut).get("dealId").asLong()).isEqualTo(dealId);

        List<JsonNode> eirs = documents(dealId, "UL080");
        assertThat(eirs).extracting(eir -> eir.at("/fields/movement").asText())
                .containsExactlyInAnyOrder("GATE_IN", "GATE_OUT");
        assertThat(eirs).allSatisfy(eir -> assertThat(eir.get("version").asInt()).isEqualTo(1));
        assertThat(transportEvents(dealId)).extracting(event -> event.at("/detail/event").asText())
                .containsExactly("CONTAINER_GATE_IN", "CONTAINER_GATE_OUT");

        long loaded = drop(coarri(reference("LD"), container));
        assertThat(processed(loaded).get("dealId").asLong()).isEqualTo(dealId);
        JsonNode loadEvent = transportEvents(dealId).get(2);
        assertThat(loadEvent.at("/detail/event").asText()).isEqualTo("CONTAINER_LOADED");
        assertThat(loadEvent.at("/detail/containerNo").asText()).isEqualTo(container);
        assertThat(loadEvent.at("/detail/occurredAt").asText()).isEqualTo("2026-12-03T23:15");
        assertThat(loadEvent.at("/detail/stowagePosition").asText()).isEqualTo("0120486");
        assertThat(loadEvent.at("/detail").has("bookingNo")).isFalse();

        assertThat(ids(http.getForObject("/api/v1/deals?containerNo=" + container, JsonNode.class)))
                .containsExactly(dealId);
        assertThat(ids(http.getForObject("/api/v1/messages?containerNo=" + container + "&direction=IN", JsonNode.class)))
                .containsExactly(loaded, gateOut, gateIn, bookingMessage);
        assertThat(ids(http.getForObject("/api/v1/messages?containerNo=" + container + "&bookingNo=" + booking
                + "&status=PROCESSED&limit=2", JsonNode.class)))
                .containsExactly(loaded, gateOut);
        assertThat(http.getForObject("/api/v1/messages?containerNo=" + container(), JsonNode.class)).isEmpty();
        assertThat(http.getForObject("/api/v1/deals?containerNo=" + container(), JsonNode.class)).isEmpty();
    }

    @Test
    void aGateReportOnContainersOfTwoBookingsIsFoundByEitherContainer() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        String booking2 = "ONEY" + System.nanoTime();
        String container = container();
        String container2 = container();
        long dealId = processed(drop(iftmbc(reference("BC"), booking))).get("dealId").asLong();
        long dealId2 = processed(drop(iftmbc(reference("BC"), booking2))).get("dealId").asLong();

        long gateIn = drop(template("codeco-two-bookings-template.edi", Map.of("ICREF", reference("G2"),
                "BOOKING", booking, "CONTAINER", container, "BOOKING2", booking2, "CONTAINER2", container2)));

        // the wire message names one deal, the last it touched; the first container is still its own
        assertThat(processed(gateIn).get("dealId").asLong()).isEqualTo(dealId2);
        assertThat(transportEvents(dealId)).extracting(event -> event.at("/detail/containerNo").asText())
                .containsExactly(container);
        assertThat(transportEvents(dealId2)).extracting(event -> event.at("/detail/containerNo").asText())
                .containsExactly(container2);
        assertThat(ids(http.getForObject("/api/v1/deals?containerNo=" + container, JsonNode.class)))
                .containsExactly(dealId);
        assertThat(ids(http.getForObject("/api/v1/messages?containerNo=" + container + "&direction=IN",
                JsonNode.class))).contains(gateIn);
        assertThat(ids(http.getForObject("/api/v1/messages?containerNo=" + container2 + "&direction=IN",
                JsonNode.class))).contains(gateIn);
    }

    @Test
    void aGateMoveForAnUnknownBookingIsRejectedWithAnAperakAndAppliedOnReprocessOnceTheBookingIsConfirmed()
            throws IOException {
        String terminal = "HONTERM";
        assertThat(http.exchange("/api/v1/partners/" + terminal, HttpMethod.PUT,
                new HttpEntity<>(terminalProfile(terminal)), JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
        String booking = "ONEY" + System.nanoTime();
        String container = container();
        String interchangeRef = reference("UK");

        long gateIn = drop(codeco(terminal, interchangeRef, "34", booking, container, "202612030745"));
        JsonNode rejected = awaitFinished(gateIn);

        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("reason").asText())
                .contains("segment RFF #")
                .contains("no deal with booking " + booking + " of carrier ONEY");
        assertThat(rejected.hasNonNull("dealId")).isFalse();
        String aperak = awaitFileContaining(DATA_DIR.resolve("outbox/edifact").resolve(terminal), "UNH+1+APERAK:");
        assertThat(aperak).contains("UNB+UNOC:3+MINATOHUB:ZZZ+" + terminal + ":ZZZ+", "DOC+:::CODECO+GM1'",
                "RFF+ACW:" + interchangeRef + ":GM1'", "ERC+53'", "FTX+AAO+++");
        JsonNode outbound = await().atMost(Duration.ofSeconds(30)).until(
                () -> http.getForObject("/api/v1/messages?direction=OUT&partner=" + terminal, JsonNode.class),
                messages -> StreamSupport.stream(messages.spliterator(), false)
                        .anyMatch(m -> m.at("/correlation/messageType").asText().equals("APERAK")));
        JsonNode aperakMessage = StreamSupport.stream(outbound.spliterator(), false)
                .filter(m -> m.at("/correlation/messageType").asText().equals("APERAK")).findFirst().orElseThrow();
        assertThat(aperakMessage.at("/correlation/answersWireMessage").asLong()).isEqualTo(gateIn);
        assertThat(aperakMessage.at("/correlation/rejects").asText()).isEqualTo(interchangeRef + "/GM1");
        assertThat(message(gateIn).at("/correlation/applicationAcknowledgement").asText())
                .isEqualTo("APERAK as wire message " + aperakMessage.get("id").asLong());

        long dealId = processed(drop(iftmbc(reference("BC"), booking))).get("dealId").asLong();
        ResponseEntity<JsonNode> reprocess = http.postForEntity("/api/v1/messages/" + gateIn + "/reprocess", null,
                JsonNode.class);
        assertThat(reprocess.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        JsonNode applied = await().atMost(FIRST_MESSAGE_PATIENCE).until(() -> message(gateIn),
                m -> m.get("attempts").asInt() == 2 && !m.get("status").asText().equals("REJECTED"));
        assertThat(applied.get("status").asText()).as(applied.path("reason").asText()).isEqualTo("PROCESSED");
        assertThat(applied.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(documents(dealId, "UL080")).singleElement()
                .satisfies(eir -> assertThat(eir.at("/fields/containerNo").asText()).isEqualTo(container));
    }

    @Test
    void aReleaseOrderAndABillOfLadingDraftLandInTheExportDealOfTheirBooking() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        String bl = "ONEYBL" + System.nanoTime();
        String container = container();
        long dealId = processed(drop(iftmbc(reference("BC"), booking))).get("dealId").asLong();

        long release = drop(template("coparn-template.edi", Map.of("ICREF", reference("CP"), "BOOKING", booking)));
        assertThat(processed(release).get("dealId").asLong()).isEqualTo(dealId);
        long draft = drop(template("iftmcs-template.edi",
                Map.of("ICREF", reference("CS"), "BOOKING", booking, "BL", bl, "CONTAINER", container)));
        assertThat(processed(draft).get("dealId").asLong()).isEqualTo(dealId);

        assertThat(http.getForObject("/api/v1/deals?bookingNo=" + booking, JsonNode.class)).hasSize(1);
        assertThat(documents(dealId, "UL060")).singleElement().satisfies(order -> {
            assertThat(order.get("sourceMessageId").asLong()).isEqualTo(release);
            assertThat(order.at("/fields/bookingNo").asText()).isEqualTo(booking);
            assertThat(order.at("/fields/equipment")).hasSize(2);
        });
        assertThat(documents(dealId, "UL150")).singleElement().satisfies(billOfLading -> {
            assertThat(billOfLading.get("sourceMessageId").asLong()).isEqualTo(draft);
            assertThat(billOfLading.at("/fields/blNo").asText()).isEqualTo(bl);
            assertThat(billOfLading.at("/fields/status").asText()).isEqualTo("DRAFT");
        });
        assertThat(ids(http.getForObject("/api/v1/deals?containerNo=" + container, JsonNode.class)))
                .containsExactly(dealId);

        // once the B/L is issued, a carrier's status naming only the B/L belongs to the export deal
        long departed = drop(template("iftsta-bl-template.edi",
                Map.of("ICREF", reference("ST"), "BL", bl, "CONTAINER", container)));
        assertThat(processed(departed).get("dealId").asLong()).isEqualTo(dealId);
        assertThat(transportEvents(dealId)).singleElement().satisfies(status -> {
            assertThat(status.at("/detail/event").asText()).isEqualTo("SHIPMENT_STATUS");
            assertThat(status.at("/detail/statusCode").asText()).isEqualTo("VD");
            assertThat(status.at("/detail/blNo").asText()).isEqualTo(bl);
        });
        assertThat(ids(http.getForObject("/api/v1/deals?blNo=" + bl, JsonNode.class))).containsExactly(dealId);
    }

    private JsonNode processed(long wireMessageId) {
        JsonNode message = awaitFinished(wireMessageId);
        assertThat(message.get("status").asText()).as("wire message %d: %s", wireMessageId,
                message.path("reason").asText()).isEqualTo("PROCESSED");
        return message;
    }

    private JsonNode deal(long id) {
        return http.getForObject("/api/v1/deals/" + id, JsonNode.class);
    }

    private List<JsonNode> documents(long dealId, String type) {
        return StreamSupport.stream(deal(dealId).get("documents").spliterator(), false)
                .filter(document -> document.get("type").asText().equals(type))
                .toList();
    }

    private List<JsonNode> transportEvents(long dealId) {
        JsonNode timeline = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        return StreamSupport.stream(timeline.spliterator(), false)
                .filter(event -> event.get("type").asText().equals("TRANSPORT_EVENT"))
                .toList();
    }

    private static List<Long> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("id").asLong()).toList();
    }

    /** An ISO 6346-shaped number; the hub does not check the check digit, so any digit will do. */
    private static String container() {
        return String.format("TSTU%07d", CONTAINERS.incrementAndGet() % 10_000_000L);
    }

    private static String iftman(String reference, String bl, String voyage, String container, String container2)
            throws IOException {
        return template("iftman-template.edi", Map.of("ICREF", reference, "BL", bl, "VOYAGE", voyage,
                "CONTAINER", container, "CONTAINER2", container2));
    }

    private static String codeco(String sender, String reference, String movement, String booking, String container,
                                 String gateTime) throws IOException {
        return template("codeco-template.edi", Map.of("SENDER", sender, "ICREF", reference, "MOVEMENT", movement,
                "BOOKING", booking, "CONTAINER", container, "GATE_TIME", gateTime));
    }

    private static String coarri(String reference, String container) throws IOException {
        return template("coarri-template.edi", Map.of("ICREF", reference, "CONTAINER", container));
    }

    private static String template(String name, Map<String, String> values) throws IOException {
        try (InputStream in = InboundMessageTypesIT.class.getResourceAsStream("/edi/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("${" + value.getKey() + "}", value.getValue());
            }
            assertThat(text).as("placeholders left in " + name).doesNotContain("${");
            return text;
        }
    }

    private static Map<String, Object> terminalProfile(String code) {
        return fileChannelPartner(code, "Terminal " + code, "D16A", "CONTRL_AND_APERAK");
    }

}

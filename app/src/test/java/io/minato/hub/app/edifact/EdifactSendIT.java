package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.document.DocumentMapper;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A document sent to a partner as EDIFACT: written in the partner's syntax, archived as an
 * outbound wire message tied to its deal, and delivered to the partner's outbox.
 */
class EdifactSendIT extends HubIntegrationTest {

    /** Configured for UNOX:4 (ISO-2022-JP) in application-test.yml. */
    private static final String JAPANESE_PARTNER = "JPLINE";
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    @Autowired
    private ObjectMapper json;
    @Autowired
    private DocumentMapper documents;

    private long dealId;
    private String dealBookingNo;

    @BeforeEach
    void createDealAndPartner() {
        dealBookingNo = "SEND" + System.nanoTime();
        ResponseEntity<JsonNode> deal = http.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", dealBookingNo, "carrierCode", "ONEY"), JsonNode.class);
        assertThat(deal.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        dealId = deal.getBody().get("id").asLong();
        ResponseEntity<JsonNode> partner = http.exchange("/api/v1/partners/" + JAPANESE_PARTNER, HttpMethod.PUT,
                new HttpEntity<>(Map.of("code", JAPANESE_PARTNER, "name", "Japanese coastal line", "ediId", "JPLINE",
                        "ediQualifier", "ZZZ", "directory", "D99B", "channel", "FILE", "acknowledgement", "NONE",
                        "test", false)), JsonNode.class);
        assertThat(partner.getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void sendsAShippingInstructionAsIftminInIso2022JpToThePartnersOutbox() throws IOException {
        long documentId = createDocument("/api/shipping-instruction.json");

        ResponseEntity<JsonNode> accepted = send(documentId, JAPANESE_PARTNER);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        long wireMessageId = accepted.getBody().get("wireMessageId").asLong();
        String interchangeRef = accepted.getBody().get("interchangeRef").asText();
        assertThat(accepted.getBody().get("messageType").asText()).isEqualTo("IFTMIN");
        assertThat(accepted.getHeaders().getLocation()).hasToString("/api/v1/messages/" + wireMessageId);

        byte[] file = awaitOutboxFile(JAPANESE_PARTNER, interchangeRef);
        assertThat(file).doesNotContain((byte) '\n', (byte) '\r');
        assertThat(file[0]).isEqualTo((byte) 'U'); // no BOM
        String text = new String(file, ISO_2022_JP);
        assertThat(text).startsWith("UNA:+.?*'UNB+UNOX:4+MINATOHUB:ZZZ+JPLINE:ZZZ+")
                .contains("+" + interchangeRef + "'UNH+1+IFTMIN:D:99B:UN'BGM+340+FW-2026-0042+9'")
                .contains("NAD+CZ+JP1234567890X:160:86++横浜商事株式会社+横浜市中区海岸通1-1")
                .endsWith("UNZ+1+" + interchangeRef + "'");
        assertThat(staediErrors(text)).isEmpty();

        JsonNode message = await().atMost(Duration.ofSeconds(30))
                .until(() -> message(wireMessageId), m -> m.get("status").asText().equals("SENT"));
        assertThat(message.get("direction").asText()).isEqualTo("OUT");
        assertThat(message.get("partner").asText()).isEqualTo(JAPANESE_PARTNER);
        assertThat(message.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(message.get("documentId").asLong()).isEqualTo(documentId);
        assertThat(message.at("/correlation/interchangeRef").asText()).isEqualTo(interchangeRef);
        assertThat(message.at("/correlation/messageRefs").asText()).isEqualTo("1");
        assertThat(message.at("/correlation/messageType").asText()).isEqualTo("IFTMIN");
        assertThat(message.at("/correlation/bookingNo").asText()).isEqualTo("ONEYTYOA12345600");
        JsonNode byBooking = http.getForObject("/api/v1/messages?bookingNo=" + dealBookingNo, JsonNode.class);
        assertThat(byBooking).extracting(m -> m.get("id").asLong()).contains(wireMessageId);
        JsonNode events = http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        assertThat(events.toString()).contains("DOCUMENT_SENT");
    }

    @Test
    void sendsBookingRequestAsIftmbfAndVgmReportAsVermas() throws IOException {
        long bookingRequest = createDocument("/api/booking-request.json");
        long vgmReport = createDocument("/api/vgm-report.json");

        ResponseEntity<JsonNode> iftmbf = send(bookingRequest, JAPANESE_PARTNER);
        ResponseEntity<JsonNode> vermas = send(vgmReport, JAPANESE_PARTNER);

        assertThat(iftmbf.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(iftmbf.getBody().get("messageType").asText()).isEqualTo("IFTMBF");
        assertThat(vermas.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(vermas.getBody().get("messageType").asText()).isEqualTo("VERMAS");
        String booking = new String(awaitOutboxFile(JAPANESE_PARTNER, iftmbf.getBody().get("interchangeRef").asText()), ISO_2022_JP);
        assertThat(booking).contains("UNH+1+IFTMBF:D:99B:UN'BGM+335+BR-2026-0042+9'", "NAD+CZ+JP1234567890X:160:86++ACME?+CO??+");
        assertThat(staediErrors(booking)).isEmpty();
        String vgm = new String(awaitOutboxFile(JAPANESE_PARTNER, vermas.getBody().get("interchangeRef").asText()), ISO_2022_JP);
        assertThat(vgm).contains("UNH+1+VERMAS:D:16A:UN'", "MEA+AAE+VGM+KGM:28450'", "DOC+SM1:VGM:306'", "CTA+RP+:山田 太郎'");
        // StAEDI's syntax 4 code lists predate VERMAS D16A (see OutboundMessagesTest): only those two may show
        assertThat(staediErrors(vgm)).allMatch(error -> error.equals("UNH INVALID_CODE_VALUE VERMAS")
                || error.equals("UNH INVALID_CODE_VALUE 16A"));
    }

    @Test
    void refusesJapaneseForAPartnerWrittenInUnoc() throws IOException {
        long documentId = createDocument("/api/shipping-instruction.json");

        ResponseEntity<JsonNode> refused = send(documentId, "INTTRA");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("detail").asText())
                .startsWith("document " + documentId + " (UL040) cannot be written as IFTMIN for INTTRA: segment NAD")
                .contains("'横浜商事株式会社' has characters ISO-8859-1 cannot hold");
    }

    @Test
    void answersBadRequestNamingATypeThatIsNotSentAsEdifact() {
        long confirmation = documents.insert(dealId, "UL050", null, "etag-" + System.nanoTime(), "RECEIVED",
                "{\"bookingNo\":\"" + dealBookingNo + "\"}", null, null, null);

        ResponseEntity<JsonNode> refused = send(confirmation, JAPANESE_PARTNER);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("detail").asText()).isEqualTo("documents of type UL050 (Booking confirmation)"
                + " are not sent as EDIFACT; sendable: UL010 → IFTMBF, UL040 → IFTMIN, UL440 → VERMAS");
    }

    @Test
    void answersBadRequestForAnUnknownPartner() throws IOException {
        long documentId = createDocument("/api/shipping-instruction.json");

        ResponseEntity<JsonNode> refused = send(documentId, "NOBODY");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().at("/errors/0/field").asText()).isEqualTo("partner");
    }

    private ResponseEntity<JsonNode> send(long documentId, String partner) {
        return http.postForEntity("/api/v1/deals/" + dealId + "/documents/" + documentId + "/edifact",
                Map.of("partner", partner), JsonNode.class);
    }

    private long createDocument(String resource) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/" + dealId + "/documents",
                    json.readTree(in), JsonNode.class);
            assertThat(created.getStatusCode()).as("%s: %s", resource, created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }

    /** OutboundDelivery names files {@code <stamp>-<interchangeRef>.edi}. */
    private static byte[] awaitOutboxFile(String partner, String interchangeRef) {
        Path file = await().atMost(Duration.ofSeconds(30))
                .until(() -> outboxFile(partner, interchangeRef), Optional::isPresent).orElseThrow();
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<Path> outboxFile(String partner, String interchangeRef) throws IOException {
        Path folder = DATA_DIR.resolve("outbox/edifact").resolve(partner);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-" + interchangeRef + ".edi")).findFirst();
        }
    }

    /**
     * StAEDI's envelope and control-structure errors. StAEDI cannot tokenize ISO-2022-JP itself, so
     * it reads the decoded text as UTF-8, as the hub's own reader does.
     */
    private static List<String> staediErrors(String interchange) {
        List<String> errors = new ArrayList<>();
        try (EDIStreamReader reader = EDIInputFactory.newFactory().createEDIStreamReader(
                new ByteArrayInputStream(interchange.getBytes(StandardCharsets.UTF_8)), "UTF-8")) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.SEGMENT_ERROR || event == EDIStreamEvent.ELEMENT_DATA_ERROR
                        || event == EDIStreamEvent.ELEMENT_OCCURRENCE_ERROR) {
                    errors.add(reader.getLocation().getSegmentTag() + " " + reader.getErrorType()
                            + (reader.hasText() ? " " + reader.getText() : ""));
                }
            }
        } catch (Exception e) {
            throw new AssertionError("StAEDI cannot read the interchange", e);
        }
        return errors;
    }
}

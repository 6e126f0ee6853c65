package io.minato.hub.app.document;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invite;
import static io.minato.hub.app.PlatformFixtures.user;
import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * 一括ダウンロード: a deal's document data as CSV and ZIP export jobs, holding only the types the
 * requesting company may download.
 */
class ExportIT extends HubIntegrationTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Autowired
    private DocumentMapper documents;
    @Autowired
    private ObjectMapper json;

    private TestRestTemplate shipper;
    private TestRestTemplate broker;
    private TestRestTemplate carrier;
    private long dealId;
    private long siId;

    @BeforeEach
    void dealWithBookingRequestSiAndConfirmation() {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        String brokerCode = company(http, "CB", BusinessType.CUSTOMS_BROKER);
        String carrierCode = company(http, "CAR", BusinessType.OCEAN_CARRIER);
        shipper = user(http, shipperCode);
        broker = user(http, brokerCode);
        carrier = user(http, carrierCode);
        TestRestTemplate admin = administrator(http, shipperCode);
        dealId = deal(admin, "EXPORT");
        // the broker reads the S/I but the shipper keeps the booking confirmation from it
        assertThat(invite(admin, dealId, brokerCode, List.of(BusinessType.CUSTOMS_BROKER), Map.of("UL050", "NONE"),
                false).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(invite(admin, dealId, carrierCode, List.of(BusinessType.OCEAN_CARRIER), Map.of(), false)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        created(shipper, dealId, sample("booking-request"));
        siId = created(shipper, dealId, sample("shipping-instruction")).get("id").asLong();
        // a carrier's UL050 comes by EDIFACT only; stored as the inbound path stores it
        documents.insert(dealId, "UL050", null, UUID.randomUUID().toString(), "RECEIVED",
                "{\"bookingNo\": \"ONEYTYOA12345600\", \"carrierCode\": \"ONEY\", \"status\": \"CONFIRMED\","
                        + " \"vesselName\": \"ONE HARMONY\", \"portOfLoading\": \"JPYOK\"}", null, null, null);
    }

    @Test
    void csvHasARowPerDocumentWithFlattenedFieldsAndABomForExcel() throws IOException {
        JsonNode job = finished(shipper, request(shipper, "CSV"));
        assertThat(job.get("documentsDone").asInt()).isEqualTo(3);
        assertThat(job.get("documentsTotal").asInt()).isEqualTo(3);

        ResponseEntity<byte[]> file = shipper.getForEntity(job.get("content").asText(), byte[].class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(file.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
        assertThat(Arrays.copyOf(file.getBody(), 3)).isEqualTo(BOM);
        List<Map<String, String>> rows = csv(Arrays.copyOfRange(file.getBody(), 3, file.getBody().length));
        assertThat(rows).extracting(row -> row.get("type")).containsExactly("UL010", "UL040", "UL050");
        Map<String, String> si = rows.get(1);
        assertThat(si.get("documentId")).isEqualTo(Long.toString(siId));
        assertThat(si.get("fields.shipper.name")).isEqualTo("横浜商事株式会社");
        assertThat(si.get("fields.goods[1].containerNumbers[0]")).isEqualTo("ONEU1234567");
        assertThat(si.get("fields.goods[0].grossWeightKg")).isEqualTo("2400.5");
        // entered once: the S/I's shipper reached the booking request through the root document
        assertThat(rows.get(0).get("fields.shipper.name")).isEqualTo("横浜商事株式会社");
        assertThat(rows.get(2).get("fields.status")).isEqualTo("CONFIRMED");
        assertThat(rows.get(2).get("status")).isEqualTo("RECEIVED");
    }

    @Test
    void zipHoldsOnlyTheTypesTheCompanyMayDownload() throws IOException {
        JsonNode job = finished(broker, request(broker, "ZIP"));

        ResponseEntity<byte[]> file = broker.getForEntity(job.get("content").asText(), byte[].class);

        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(file.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        Map<String, byte[]> entries = unzip(file.getBody());
        assertThat(entries).containsKeys("manifest.json", "documents.csv", "documents/" + siId + "-UL040.json");
        assertThat(entries.keySet()).noneMatch(name -> name.contains("UL050"));
        JsonNode si = json.readTree(entries.get("documents/" + siId + "-UL040.json"));
        assertThat(si.at("/fields/bondedAreaName").asText()).isEqualTo("本牧ふ頭D-5");
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("dealId").asLong()).isEqualTo(dealId);
        assertThat(manifest.get("documentTypes")).extracting(JsonNode::asText).contains("UL010", "UL040")
                .doesNotContain("UL050");
        assertThat(manifest.get("documents")).extracting(document -> document.get("type").asText())
                .containsExactly("UL010", "UL040");
        byte[] csv = entries.get("documents.csv");
        assertThat(csv(Arrays.copyOfRange(csv, 3, csv.length))).extracting(row -> row.get("type"))
                .containsExactly("UL010", "UL040");
    }

    @Test
    void onlyTheRequestingCompanySeesTheJobAndItsFile() {
        JsonNode job = finished(shipper, request(shipper, "CSV"));
        long id = job.get("id").asLong();

        assertThat(carrier.getForEntity("/api/v1/exports/" + id, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(carrier.getForEntity("/api/v1/exports/" + id + "/content", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(shipper.getForEntity("/api/v1/exports/" + id + "/content", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCompanyNotOnTheDealCannotAskForItsDocuments() {
        TestRestTemplate stranger = user(http, company(http, "SHP", BusinessType.SHIPPER));

        ResponseEntity<JsonNode> answer = stranger.postForEntity("/api/v1/deals/" + dealId + "/exports",
                Map.of("format", "CSV"), JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode request(TestRestTemplate as, String format) {
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals/" + dealId + "/exports",
                Map.of("format", format), JsonNode.class);
        assertThat(answer.getStatusCode()).as("export: %s", answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(answer.getHeaders().getLocation().getPath()).isEqualTo("/api/v1/exports/" + answer.getBody().get("id").asLong());
        return answer.getBody();
    }

    private static JsonNode finished(TestRestTemplate as, JsonNode job) {
        JsonNode done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as.getForObject("/api/v1/exports/" + job.get("id").asLong(), JsonNode.class),
                        status -> !List.of("QUEUED", "RUNNING").contains(status.get("status").asText()));
        assertThat(done.get("status").asText()).as("job %s", done).isEqualTo("DONE");
        return done;
    }

    private static List<Map<String, String>> csv(byte[] content) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new ByteArrayInputStream(content))) {
            return rows.readAll();
        }
    }

    private static Map<String, byte[]> unzip(byte[] content) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}

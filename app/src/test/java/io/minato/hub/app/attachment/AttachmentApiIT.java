package io.minato.hub.app.attachment;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Attachments on a shipper's S/I (UL040): the forwarder holds READ_WRITE on UL040, the ocean carrier READ,
 * the trucker NONE (config/permissions/matrix.yml); a company not on the deal sees nothing.
 */
class AttachmentApiIT extends HubIntegrationTest {

    private static final int MEBIBYTE = 1024 * 1024;

    @Autowired
    private ObjectMapper json;

    private TestRestTemplate shipper;
    private TestRestTemplate carrier;
    private TestRestTemplate trucker;
    private TestRestTemplate outsider;
    private String truckerCode;
    private long dealId;
    private String attachments;

    @BeforeEach
    void shipperSharesAnInstructionWithPartners() throws IOException {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        String carrierCode = company(http, "OCN", BusinessType.OCEAN_CARRIER);
        truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        shipper = administrator(http, shipperCode);
        carrier = administrator(http, carrierCode);
        trucker = administrator(http, truckerCode);
        outsider = administrator(http, company(http, "OUT", BusinessType.SHIPPER));
        dealId = deal(shipper, "EXPORT");
        invited(shipper, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        invited(shipper, dealId, truckerCode, BusinessType.TRUCKER);
        ResponseEntity<JsonNode> document = shipper.postForEntity("/api/v1/deals/" + dealId + "/documents",
                shippingInstruction(), JsonNode.class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        attachments = "/api/v1/deals/" + dealId + "/documents/" + document.getBody().get("id").asLong() + "/attachments";
    }

    @Test
    void downloadsAJapaneseNamedFileAsItWasUploaded() {
        byte[] png = SampleFiles.png(7);

        ResponseEntity<JsonNode> created = upload(shipper, "船積写真.png", png);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode attachment = created.getBody();
        assertThat(attachment.get("fileName").asText()).isEqualTo("船積写真.png");
        assertThat(attachment.get("contentType").asText()).isEqualTo("image/png");
        assertThat(attachment.get("size").asLong()).isEqualTo(png.length);
        assertThat(attachment.get("sha256").asText()).hasSize(64);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo(attachments + "/" + attachment.get("id").asLong());

        ResponseEntity<byte[]> download = carrier.getForEntity(attachments + "/" + attachment.get("id").asLong(), byte[].class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(png);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename*=UTF-8''%E8%88%B9%E7%A9%8D%E5%86%99%E7%9C%9F.png");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("船積写真.png");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void acceptsEveryAllowedTypeByItsContent() {
        List<String> names = List.of("a.png", "b.jpg", "c.gif", "d.bmp", "e.tiff", "f.pdf", "g.xlsx", "h.xls");
        List<byte[]> files = List.of(SampleFiles.png(1), SampleFiles.image("jpeg", 1), SampleFiles.image("gif", 1),
                SampleFiles.image("bmp", 1), SampleFiles.image("tiff", 1), SampleFiles.pdf(), SampleFiles.xlsx(),
                SampleFiles.xls());
        List<String> expected = List.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/tiff",
                "application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.ms-excel");

        for (int i = 0; i < names.size(); i++) {
            ResponseEntity<JsonNode> answer = upload(shipper, names.get(i), files.get(i));
            assertThat(answer.getStatusCode()).as("%s: %s", names.get(i), answer.getBody()).isEqualTo(HttpStatus.CREATED);
            assertThat(answer.getBody().get("contentType").asText()).isEqualTo(expected.get(i));
        }
        assertThat(list(shipper).getBody().findValuesAsText("contentType")).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesAFileWhoseNameContradictsItsContent() {
        ResponseEntity<JsonNode> answer = upload(shipper, "invoice.pdf", SampleFiles.png(1));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody().get("detail").asText()).contains(".pdf", "image/png");
        assertThat(answer.getBody().get("detectedType").asText()).isEqualTo("image/png");
        assertThat(list(shipper).getBody()).isEmpty();
    }

    @Test
    void refusesExecutablesArchivesAndHtmlNamingWhatTheyAre() {
        ResponseEntity<JsonNode> exe = upload(shipper, "invoice.pdf", SampleFiles.executable());
        ResponseEntity<JsonNode> zip = upload(shipper, "sheet.xlsx", SampleFiles.zip());
        ResponseEntity<JsonNode> html = upload(shipper, "photo.png", SampleFiles.html());
        ResponseEntity<JsonNode> macros = upload(shipper, "book.xlsx", SampleFiles.xlsm());

        assertThat(List.of(exe, zip, html, macros)).allSatisfy(answer -> {
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getBody().get("detail").asText()).contains(answer.getBody().get("detectedType").asText());
        });
        assertThat(exe.getBody().get("detectedType").asText()).startsWith("application/x-");
        assertThat(zip.getBody().get("detectedType").asText()).isEqualTo("application/zip");
        assertThat(html.getBody().get("detectedType").asText()).isEqualTo("text/html");
        assertThat(macros.getBody().get("detectedType").asText()).isEqualTo(ContentDetector.MACRO_ENABLED_WORKBOOK);
        assertThat(list(shipper).getBody()).isEmpty();
    }

    @Test
    void refusesTheEleventhFileNamingTheLimit() {
        for (int i = 0; i < 10; i++) {
            assertThat(upload(shipper, "photo" + i + ".png", SampleFiles.png(i)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> eleventh = upload(shipper, "photo10.png", SampleFiles.png(10));

        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(eleventh.getBody().get("limit").asInt()).isEqualTo(10);
        assertThat(eleventh.getBody().get("detail").asText()).contains("10 attachments");
        assertThat(list(shipper).getBody()).hasSize(10);
    }

    @Test
    void concurrentUploadsNeverPassTheLimit() throws Exception {
        for (int i = 0; i < 8; i++) {
            assertThat(upload(shipper, "photo" + i + ".png", SampleFiles.png(i)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<HttpStatus>> results = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                int seed = 100 + i;
                Callable<HttpStatus> racer = () -> {
                    start.await();
                    return HttpStatus.valueOf(upload(shipper, "race" + seed + ".png", SampleFiles.png(seed))
                            .getStatusCode().value());
                };
                results.add(pool.submit(racer));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CREATED,
                    HttpStatus.CONFLICT, HttpStatus.CONFLICT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(list(shipper).getBody()).hasSize(10);
    }

    @Test
    void acceptsTenMegabytesAndRefusesOneByteMoreNamingTheLimit() {
        byte[] exactly = SampleFiles.pdf(10 * MEBIBYTE - SampleFiles.pdfBaseSize());
        byte[] oneMore = SampleFiles.pdf(10 * MEBIBYTE - SampleFiles.pdfBaseSize() + 1);
        assertThat(exactly).hasSize(10 * MEBIBYTE);

        ResponseEntity<JsonNode> accepted = upload(shipper, "large.pdf", exactly);
        ResponseEntity<JsonNode> refused = upload(shipper, "larger.pdf", oneMore);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(accepted.getBody().get("size").asLong()).isEqualTo(10 * MEBIBYTE);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("detail").asText()).contains("10 MB");
        assertThat(refused.getBody().get("limitBytes").asLong()).isEqualTo(10 * MEBIBYTE);
        assertThat(refused.getBody().get("sizeBytes").asLong()).isEqualTo(10 * MEBIBYTE + 1);
    }

    /**
     * Sent as browsers send a form, with a Content-Length and the whole body before reading the answer: the JDK
     * client behind TestRestTemplate streams the body and may fail on its own side when the server answers early.
     */
    @Test
    void answersTheServletsOwnSizeLimitAsProblemJson() throws IOException {
        byte[] file = SampleFiles.pdf(10 * MEBIBYTE + 600 * 1024);
        String boundary = "minato-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpURLConnection connection = (HttpURLConnection) URI.create(http.getRootUri() + attachments).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setFixedLengthStreamingMode(body.size());
        connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((OPERATOR + ":" + OPERATOR_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        connection.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
        connection.setRequestProperty("Accept", "application/json");
        try (OutputStream out = connection.getOutputStream()) {
            body.writeTo(out);
        }

        assertThat(connection.getResponseCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(connection.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem;
        try (InputStream in = connection.getErrorStream()) {
            problem = json.readTree(in);
        }
        assertThat(problem.get("detail").asText()).contains("10 MB");
        assertThat(problem.get("limitBytes").asLong()).isEqualTo(10 * MEBIBYTE);
        assertThat(list(shipper).getBody()).isEmpty();
    }

    @Test
    void sendingTheSameFileAgainAnswersTheAttachmentItMade() {
        ResponseEntity<JsonNode> first = upload(shipper, "photo.png", SampleFiles.png(3));
        ResponseEntity<JsonNode> again = upload(shipper, "photo.png", SampleFiles.png(3));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("id").asLong()).isEqualTo(first.getBody().get("id").asLong());
        assertThat(list(shipper).getBody()).hasSize(1);
    }

    @Test
    void aCompanyThatMayOnlyReadListsAndDownloadsButCannotChange() {
        long id = upload(shipper, "photo.png", SampleFiles.png(1)).getBody().get("id").asLong();

        assertThat(list(carrier).getBody()).hasSize(1);
        assertThat(carrier.getForEntity(attachments + "/" + id, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<JsonNode> upload = upload(carrier, "other.png", SampleFiles.png(2));
        ResponseEntity<JsonNode> delete = carrier.exchange(attachments + "/" + id, HttpMethod.DELETE, null, JsonNode.class);

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload.getBody().get("operation").asText()).isEqualTo("ATTACHMENT_WRITE");
        assertThat(upload.getBody().get("held").asText()).isEqualTo("READ");
        assertThat(delete.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list(shipper).getBody()).hasSize(1);
    }

    @Test
    void aCompanyWithoutRightsOnTheTypeOrOffTheDealSeesNothing() {
        long id = upload(shipper, "photo.png", SampleFiles.png(1)).getBody().get("id").asLong();

        ResponseEntity<JsonNode> truckerList = list(trucker);
        ResponseEntity<JsonNode> truckerDownload = trucker.getForEntity(attachments + "/" + id, JsonNode.class);
        ResponseEntity<JsonNode> outsiderList = list(outsider);
        ResponseEntity<JsonNode> outsiderDownload = outsider.getForEntity(attachments + "/" + id, JsonNode.class);
        ResponseEntity<JsonNode> outsiderUpload = upload(outsider, "x.png", SampleFiles.png(2));

        assertThat(truckerList.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(truckerList.getBody().get("held").asText()).isEqualTo("NONE");
        assertThat(truckerDownload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(List.of(outsiderList, outsiderDownload, outsiderUpload))
                .allSatisfy(answer -> assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(outsiderDownload.getBody().get("detail").asText()).contains("deal " + dealId);
    }

    @Test
    void theAttachmentsOfARestrictedDocumentAreAsRestrictedAsIt() throws IOException {
        ObjectNode request = (ObjectNode) shippingInstruction();
        request.putArray("restrictedTo").add(truckerCode);
        long restricted = shipper.postForEntity("/api/v1/deals/" + dealId + "/documents", request, JsonNode.class)
                .getBody().get("id").asLong();
        String restrictedAttachments = "/api/v1/deals/" + dealId + "/documents/" + restricted + "/attachments";
        ResponseEntity<JsonNode> upload = shipper.postForEntity(restrictedAttachments,
                multipart("写真.png", SampleFiles.png(1)), JsonNode.class);
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResponseEntity<JsonNode> byCarrier = carrier.getForEntity(restrictedAttachments, JsonNode.class);
        ResponseEntity<JsonNode> download = carrier.getForEntity(
                restrictedAttachments + "/" + upload.getBody().get("id").asLong(), JsonNode.class);

        assertThat(byCarrier.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(carrier.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class).findValuesAsText("type"))
                .doesNotContain("ATTACHMENT_ADDED");
    }

    @Test
    void removingAnAttachmentIsOnTheTimelineLikeAddingIt() {
        long id = upload(shipper, "写真.png", SampleFiles.png(1)).getBody().get("id").asLong();

        ResponseEntity<Void> removed = shipper.exchange(attachments + "/" + id, HttpMethod.DELETE, null, Void.class);

        assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(list(shipper).getBody()).isEmpty();
        assertThat(shipper.getForEntity(attachments + "/" + id, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode timeline = shipper.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class);
        List<String> types = timeline.findValuesAsText("type");
        assertThat(types).contains("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
        JsonNode added = null;
        for (JsonNode event : timeline) {
            if (event.get("type").asText().equals("ATTACHMENT_ADDED")) {
                added = event;
            }
        }
        assertThat(added.at("/detail/fileName").asText()).isEqualTo("写真.png");
        assertThat(added.at("/detail/attachmentId").asLong()).isEqualTo(id);
        assertThat(trucker.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class).findValuesAsText("type"))
                .doesNotContain("ATTACHMENT_ADDED", "ATTACHMENT_REMOVED");
    }

    private ResponseEntity<JsonNode> upload(TestRestTemplate as, String fileName, byte[] content) {
        return as.postForEntity(attachments, multipart(fileName, content), JsonNode.class);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<JsonNode> list(TestRestTemplate as) {
        return as.getForEntity(attachments, JsonNode.class);
    }

    private JsonNode shippingInstruction() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            return json.readTree(in);
        }
    }
}

package io.minato.hub.app.document;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static io.minato.hub.app.PlatformFixtures.user;
import static io.minato.hub.app.document.DocumentRequests.created;
import static io.minato.hub.app.document.DocumentRequests.documents;
import static io.minato.hub.app.document.DocumentRequests.fields;
import static io.minato.hub.app.document.DocumentRequests.put;
import static io.minato.hub.app.document.DocumentRequests.sample;
import static io.minato.hub.app.document.DocumentRequests.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 5 item 4 through the API as companies use it: a shipper's S/I on a deal with a forwarder, a
 * carrier and a trucker invited.
 */
class DocumentOperationsIT extends HubIntegrationTest {

    private String shipperCode;
    private String forwarderCode;
    private String carrierCode;
    private String truckerCode;
    private TestRestTemplate shipper;
    private TestRestTemplate forwarder;
    private TestRestTemplate carrier;
    private TestRestTemplate trucker;
    private long dealId;

    @BeforeEach
    void dealWithFourCompanies() {
        shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        forwarderCode = company(http, "FWD", BusinessType.FORWARDER);
        carrierCode = company(http, "CAR", BusinessType.OCEAN_CARRIER);
        truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        shipper = user(http, shipperCode);
        forwarder = user(http, forwarderCode);
        carrier = user(http, carrierCode);
        trucker = user(http, truckerCode);
        TestRestTemplate shipperAdmin = administrator(http, shipperCode);
        dealId = deal(shipperAdmin, "EXPORT");
        invited(shipperAdmin, dealId, forwarderCode, BusinessType.FORWARDER);
        invited(shipperAdmin, dealId, carrierCode, BusinessType.OCEAN_CARRIER);
        invited(shipperAdmin, dealId, truckerCode, BusinessType.TRUCKER);
    }

    @Test
    void aRepeatedCreateWithTheSameKeyAnswersTheFirstDocument() {
        ResponseEntity<JsonNode> first = createWithKey(shipper, "si-0001", sample("shipping-instruction"));
        ResponseEntity<JsonNode> again = createWithKey(shipper, "si-0001", sample("shipping-instruction"));

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.getBody().get("id").asLong()).isEqualTo(first.getBody().get("id").asLong());
        assertThat(documentsOfDeal()).hasSize(1);
        assertThat(timelineTypes()).containsOnlyOnce("DOCUMENT_CREATED");
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedNamingTheKey() {
        createWithKey(shipper, "si-0002", sample("shipping-instruction"));
        ObjectNode other = sample("shipping-instruction");
        ((ObjectNode) other.get("fields")).put("voyageNo", "099W");

        ResponseEntity<JsonNode> answer = createWithKey(shipper, "si-0002", other);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(answer.getBody().get("detail").asText()).contains("si-0002");
        assertThat(documentsOfDeal()).hasSize(1);
    }

    @Test
    void keysAreTheCompanysOwnAndCreateWithoutAKeyMakesANewDocumentEachTime() {
        createWithKey(shipper, "shared-key", sample("shipping-instruction"));
        ResponseEntity<JsonNode> forwarders = createWithKey(forwarder, "shared-key", sample("shipping-instruction"));
        created(shipper, dealId, sample("shipping-instruction"));
        created(shipper, dealId, sample("shipping-instruction"));

        assertThat(forwarders.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(documentsOfDeal()).hasSize(4);
    }

    @Test
    void twoConcurrentCreatesWithOneKeyMakeOneDocument() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<ResponseEntity<JsonNode>> create = () -> {
            start.await();
            return createWithKey(shipper, "si-race", sample("shipping-instruction"));
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<ResponseEntity<JsonNode>>> answers = new ArrayList<>();
        try {
            answers.add(pool.submit(create));
            answers.add(pool.submit(create));
            start.countDown();
            List<ResponseEntity<JsonNode>> results = new ArrayList<>();
            for (Future<ResponseEntity<JsonNode>> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).extracting(ResponseEntity::getStatusCode)
                    .containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
            assertThat(results).extracting(result -> result.getBody().get("id").asLong())
                    .containsOnly(results.get(0).getBody().get("id").asLong());
            assertThat(documentsOfDeal()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUpdateNeedsTheCurrentEtag() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));
        String uri = documents(dealId) + "/" + document.get("id").asLong();
        ObjectNode changed = fields(document).put("voyageNo", "013E");

        ResponseEntity<JsonNode> missing = shipper.exchange(uri, HttpMethod.PUT,
                new HttpEntity<>(Map.of("fields", changed)), JsonNode.class);
        ResponseEntity<JsonNode> first = put(shipper, dealId, document, changed);
        ResponseEntity<JsonNode> stale = put(shipper, dealId, document, fields(document).put("voyageNo", "014E"));

        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody().get("detail").asText()).contains(document.get("etag").asText(),
                first.getBody().get("etag").asText());
        assertThat(shipper.getForObject(uri, JsonNode.class).at("/fields/voyageNo").asText()).isEqualTo("013E");
    }

    @Test
    void sendingMarksTheDocumentSentAndTellsTheCompaniesThatMayReadIt() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));

        ResponseEntity<JsonNode> sent = send(shipper, dealId, document.get("id").asLong());

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sent.getBody().get("status").asText()).isEqualTo("SENT");
        assertThat(sent.getBody().get("sentAt").isNull()).isFalse();
        assertThat(sent.getBody().get("sentBy").asText()).startsWith("user-" + shipperCode.toLowerCase());
        JsonNode event = lastEvent(shipper, "DOCUMENT_SENT");
        assertThat(event.get("documentId").asLong()).isEqualTo(document.get("id").asLong());
        // the trucker holds NONE on UL040 (S/I) and is no recipient; the sender is none either
        assertThat(event.at("/detail/recipients")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(forwarderCode, carrierCode);
    }

    @Test
    void sendingNeedsTheRightToWriteTheType() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));

        assertThat(send(carrier, dealId, document.get("id").asLong()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send(trucker, dealId, document.get("id").asLong()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDeletedDocumentIsGoneFromEveryReadPathButStaysOnTheTimeline() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));
        long id = document.get("id").asLong();
        String uri = documents(dealId) + "/" + id;

        ResponseEntity<Void> refused = carrier.exchange(uri, HttpMethod.DELETE, null, Void.class);
        HttpHeaders stale = new HttpHeaders();
        stale.setIfMatch("\"not-the-etag\"");
        ResponseEntity<JsonNode> staleDelete = shipper.exchange(uri, HttpMethod.DELETE, new HttpEntity<>(stale), JsonNode.class);
        HttpHeaders current = new HttpHeaders();
        current.setIfMatch("\"" + document.get("etag").asText() + "\"");
        ResponseEntity<Void> deleted = shipper.exchange(uri, HttpMethod.DELETE, new HttpEntity<>(current), Void.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(staleDelete.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(shipper.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(shipper.exchange(uri, HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(documentsOfDeal()).isEmpty();
        JsonNode event = lastEvent(forwarder, "DOCUMENT_DELETED");
        assertThat(event.get("documentId").asLong()).isEqualTo(id);
        assertThat(event.get("actor").asText()).startsWith("user-" + shipperCode.toLowerCase());
    }

    @Test
    void readReceiptsKeepTheFirstAndLastReadOfEachPersonAndCompany() {
        JsonNode document = created(shipper, dealId, sample("shipping-instruction"));
        String uri = documents(dealId) + "/" + document.get("id").asLong();

        assertThat(shipper.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(carrier.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(carrier.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(trucker.getForEntity(uri, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<JsonNode> reads = forwarder.getForEntity(uri + "/reads", JsonNode.class);
        assertThat(reads.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode readers = reads.getBody().get("readers");
        assertThat(readers).extracting(reader -> reader.get("company").asText())
                .containsExactly(shipperCode, carrierCode);
        JsonNode carrierRead = readers.get(1);
        assertThat(carrierRead.get("reads").asInt()).isEqualTo(2);
        assertThat(carrierRead.get("reader").asText()).startsWith("user-" + carrierCode.toLowerCase());
        assertThat(carrierRead.get("channel").asText()).isEqualTo("API");
        assertThat(OffsetDateTime.parse(carrierRead.get("lastReadAt").asText()))
                .isAfter(OffsetDateTime.parse(carrierRead.get("firstReadAt").asText()));
        assertThat(reads.getBody().get("companies")).extracting(company -> company.get("company").asText())
                .containsExactly(shipperCode, carrierCode);
        assertThat(trucker.getForEntity(uri + "/reads", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<JsonNode> createWithKey(TestRestTemplate as, String key, JsonNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Idempotency-Key", key);
        return as.exchange(documents(dealId), HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private JsonNode documentsOfDeal() {
        return shipper.getForObject("/api/v1/deals/" + dealId, JsonNode.class).get("documents");
    }

    private List<String> timelineTypes() {
        List<String> types = new ArrayList<>();
        shipper.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class)
                .forEach(event -> types.add(event.get("type").asText()));
        return types;
    }

    private JsonNode lastEvent(TestRestTemplate as, String type) {
        JsonNode found = null;
        for (JsonNode event : as.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class)) {
            if (event.get("type").asText().equals(type)) {
                found = event;
            }
        }
        assertThat(found).as("a %s event on deal %d", type, dealId).isNotNull();
        return found;
    }
}

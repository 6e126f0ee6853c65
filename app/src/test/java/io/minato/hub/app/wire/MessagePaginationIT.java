package io.minato.hub.app.wire;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invited;
import static io.minato.hub.app.PlatformFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cursor pagination of the wire-message archive and the webhook delivery log: every item once, in order,
 * while new ones arrive between pages; a company's pages pass over what it may not see without gaps.
 */
class MessagePaginationIT extends HubIntegrationTest {

    @Autowired
    private WireMessageStore store;

    @Test
    void theOperatorWalksEveryMessageOnceWhileNewOnesArrive() {
        String partner = "PG" + System.nanoTime();
        List<Long> archived = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            archived.add(0, archive(partner));
        }

        List<Long> walked = walk(http, "/api/v1/messages?partner=" + partner + "&limit=3", () -> archive(partner));

        assertThat(walked).containsExactlyElementsOf(archived);
    }

    @Test
    void aCompanysPagesSkipMessagesCarryingDocumentsItMayNotReadWithoutGapsOrRepeats() throws IOException {
        String shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        String truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        TestRestTemplate shipperAdmin = administrator(http, shipperCode);
        TestRestTemplate trucker = user(http, truckerCode);
        long dealId = deal(shipperAdmin, "EXPORT");
        invited(shipperAdmin, dealId, truckerCode, BusinessType.TRUCKER);
        long shippingInstruction = createShippingInstruction(shipperAdmin, dealId);
        String partner = "PC" + System.nanoTime();
        List<Long> visible = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        // runs of messages carrying the S/I (the trucker may not read it) between ones it may see
        for (int i = 0; i < 14; i++) {
            long id = archive(partner);
            boolean carriesSi = i % 3 != 0;
            if (carriesSi) {
                store.markProcessed(id, dealId, shippingInstruction);
            } else {
                store.markProcessed(id, dealId, null);
                visible.add(0, id);
            }
            all.add(0, id);
        }

        List<Long> truckers = walk(trucker, "/api/v1/messages?partner=" + partner + "&limit=2", () -> 0L);
        List<Long> operators = walk(http, "/api/v1/messages?partner=" + partner + "&limit=4", () -> 0L);

        assertThat(visible).hasSize(5);
        assertThat(truckers).containsExactlyElementsOf(visible);
        assertThat(operators).containsExactlyElementsOf(all);
    }

    @Test
    void badCursorOrLimitIsAProblemNamingTheParameter() {
        String dealsCursor = io.minato.hub.app.support.Cursor.afterId("deals", 3).encode();
        for (String query : List.of("cursor=" + dealsCursor, "cursor=%25%25", "limit=0", "limit=501")) {
            ResponseEntity<JsonNode> answer = http.getForEntity(URI.create("/api/v1/messages?" + query), JsonNode.class);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().toString()).as(query).contains("problem+json");
            assertThat(answer.getBody().at("/errors/0/field").asText()).as(query).isIn("cursor", "limit");
        }
    }

    @Test
    void theWebhookDeliveryLogIsPagedNewestFirst() {
        String code = company(http, "WHP", BusinessType.SHIPPER);
        TestRestTemplate admin = administrator(http, code);
        // nobody listens there: the deliveries stay in the log, retrying, which is all this test needs
        ResponseEntity<JsonNode> target = admin.postForEntity("/api/v1/companies/" + code + "/webhooks",
                Map.of("url", "http://127.0.0.1:9/hook", "secret", "pagination-secret-0123456789",
                        "events", List.of("DEAL_CREATED")), JsonNode.class);
        assertThat(target.getStatusCode()).as("%s", target.getBody()).isEqualTo(HttpStatus.CREATED);
        for (int i = 0; i < 5; i++) {
            deal(admin, "EXPORT");
        }
        String log = "/api/v1/companies/" + code + "/webhooks/deliveries";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> admin.getForObject(log, JsonNode.class).size() == 5);
        List<String> all = historyIds(admin.getForObject(log, JsonNode.class));

        List<String> walked = new ArrayList<>();
        String next = log + "?limit=2";
        int pages = 0;
        while (next != null) {
            ResponseEntity<JsonNode> page = admin.getForEntity(URI.create(next), JsonNode.class);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            walked.addAll(historyIds(page.getBody()));
            next = nextLink(page);
            pages++;
        }

        assertThat(walked).containsExactlyElementsOf(all).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo(3);
        assertThat(admin.getForEntity(URI.create(log + "?cursor=nonsense"), JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /** Follows the next links from {@code first} to the end, calling {@code between} before each next page. */
    private static List<Long> walk(TestRestTemplate as, String first, Supplier<Long> between) {
        List<Long> walked = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null && pages++ < 100) {
            ResponseEntity<JsonNode> page = as.getForEntity(URI.create(next), JsonNode.class);
            assertThat(page.getStatusCode()).as("%s: %s", next, page.getBody()).isEqualTo(HttpStatus.OK);
            StreamSupport.stream(page.getBody().spliterator(), false).forEach(m -> walked.add(m.get("id").asLong()));
            next = nextLink(page);
            if (next != null) {
                assertThat(page.getHeaders().getFirst("X-Next-Cursor")).isNotBlank();
                between.get();
            }
        }
        return walked;
    }

    private static String nextLink(ResponseEntity<JsonNode> page) {
        String link = page.getHeaders().getFirst(HttpHeaders.LINK);
        return link == null ? null : link.substring(1, link.indexOf('>'));
    }

    private static List<String> historyIds(JsonNode deliveries) {
        return StreamSupport.stream(deliveries.spliterator(), false).map(d -> d.get("historyId").asText()).toList();
    }

    private long archive(String partner) {
        return store.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, partner, "application/EDIFACT",
                null, new byte[] {1}, Map.of("interchangeRef", "R" + System.nanoTime())));
    }

    private static long createShippingInstruction(TestRestTemplate as, long dealId) throws IOException {
        try (InputStream in = MessagePaginationIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ResponseEntity<JsonNode> created = as.postForEntity("/api/v1/deals/" + dealId + "/documents",
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(in), JsonNode.class);
            assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asLong();
        }
    }
}

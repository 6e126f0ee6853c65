package io.minato.hub.app.deal;

import static io.minato.hub.app.PlatformFixtures.administrator;
import static io.minato.hub.app.PlatformFixtures.code;
import static io.minato.hub.app.PlatformFixtures.company;
import static io.minato.hub.app.PlatformFixtures.deal;
import static io.minato.hub.app.PlatformFixtures.invite;
import static io.minato.hub.app.PlatformFixtures.invited;
import static io.minato.hub.app.PlatformFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Issue 5 item 6: deals found by their keys, the vessel and voyage of their documents, dates, status and
 * document type, only by companies on them and only through documents they may read; and paged by cursor.
 * Every test works with companies of its own, whose searches see only their own deals, so deals other tests
 * leave in the shared database cannot match.
 */
class DealSearchIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private DocumentMapper documents;

    private String shipperCode;
    private String carrierCode;
    private String truckerCode;
    private TestRestTemplate shipper;
    private TestRestTemplate shipperAdmin;
    private TestRestTemplate carrier;
    private TestRestTemplate trucker;
    private TestRestTemplate outsider;
    /** Unique in this run: vessel names and voyages made of it match nothing other tests stored. */
    private String token;

    @BeforeEach
    void companies() {
        shipperCode = company(http, "SHP", BusinessType.SHIPPER);
        carrierCode = company(http, "CAR", BusinessType.OCEAN_CARRIER);
        truckerCode = company(http, "TRK", BusinessType.TRUCKER);
        shipperAdmin = administrator(http, shipperCode);
        shipper = user(http, shipperCode);
        carrier = user(http, carrierCode);
        trucker = user(http, truckerCode);
        outsider = user(http, company(http, "OUT", BusinessType.SHIPPER));
        token = code("V");
    }

    @Test
    void vesselNameFindsDealsByAnyPartWhateverTheCaseWidthAndSpacing() {
        long given = dealWithSi("ＥＶＥＲ　 Given " + token, "001E");
        long grace = dealWithSi("EVER GRACE " + token, "002E");
        deal(shipperAdmin, "EXPORT");

        assertThat(ids(shipper, "vesselName=" + encode("  ever given  " + token.toLowerCase()))).containsExactly(given);
        assertThat(ids(shipper, "vesselName=" + encode(fullWidth("grace " + token)))).containsExactly(grace);
        assertThat(ids(shipper, "vesselName=" + token)).containsExactly(grace, given);
        // the search text is text, not a pattern
        assertThat(ids(shipper, "vesselName=" + encode("EVER%" + token))).isEmpty();
        assertThat(ids(shipper, "vesselName=" + encode("EVER_GRACE " + token))).isEmpty();
    }

    @Test
    void voyageDirectionAndInHouseNumberNarrowTheSearch() {
        long export = dealWithSi("ONE HARMONY " + token, token);
        long otherVoyage = dealWithSi("ONE HARMONY " + token, token + "X");
        JsonNode imported = createDeal(shipperAdmin, "IMPORT", token + "-IH");

        assertThat(ids(shipper, "voyageNo=" + token.toLowerCase())).containsExactly(export);
        assertThat(ids(shipper, "vesselName=" + token + "&voyageNo=" + token + "X")).containsExactly(otherVoyage);
        assertThat(ids(shipper, "direction=IMPORT")).containsExactly(imported.get("id").asLong());
        assertThat(ids(shipper, "direction=EXPORT")).containsExactly(otherVoyage, export);
        assertThat(ids(shipper, "inHouseNo=" + token + "-IH")).containsExactly(imported.get("id").asLong());
        assertThat(ids(shipper, "inHouseNo=" + token + "-IH&direction=EXPORT")).isEmpty();
    }

    @Test
    void creationAndLastActivityDatesBoundTheSearch() {
        JsonNode first = createDeal(shipperAdmin, "EXPORT", null);
        JsonNode second = createDeal(shipperAdmin, "EXPORT", null);
        JsonNode third = createDeal(shipperAdmin, "EXPORT", null);
        long firstId = first.get("id").asLong();
        long secondId = second.get("id").asLong();
        long thirdId = third.get("id").asLong();

        assertThat(ids(shipper, "createdFrom=" + time(second, "createdAt"))).containsExactly(thirdId, secondId);
        assertThat(ids(shipper, "createdTo=" + time(second, "createdAt"))).containsExactly(firstId);
        assertThat(ids(shipper, "createdFrom=" + time(first, "createdAt") + "&createdTo=" + time(third, "createdAt")))
                .containsExactly(secondId, firstId);

        // a document created on the first deal is activity on it: it alone moves past the third's creation
        created(shipper, firstId, shippingInstruction("ONE HARMONY", "001E"), null);
        String firstActive = time(shipper.getForObject("/api/v1/deals/" + firstId, JsonNode.class), "updatedAt");
        assertThat(ids(shipper, "updatedFrom=" + firstActive)).containsExactly(firstId);
        assertThat(ids(shipper, "updatedTo=" + firstActive)).containsExactly(thirdId, secondId);
    }

    @Test
    void statusFollowsTheDocumentsTheCallerMayRead() {
        long fresh = deal(shipperAdmin, "EXPORT");
        long drafted = dealWithSi("ONE HARMONY " + token, "001E");
        long progressing = dealWithSi("ONE HARMONY " + token, "001E");
        long completed = deal(shipperAdmin, "EXPORT");
        invited(shipperAdmin, progressing, truckerCode, BusinessType.TRUCKER);
        invited(shipperAdmin, completed, truckerCode, BusinessType.TRUCKER);
        send(shipper, progressing, firstDocument(progressing));
        receivedBillOfLading(completed, "ONE HARMONY " + token);

        assertThat(ids(shipper, "status=NEW")).containsExactly(drafted, fresh);
        assertThat(ids(shipper, "status=IN_PROGRESS")).containsExactly(progressing);
        assertThat(ids(shipper, "status=COMPLETED")).containsExactly(completed);
        assertThat(search(shipper, "").getBody()).extracting(d -> d.get("status").asText())
                .containsExactly("COMPLETED", "IN_PROGRESS", "NEW", "NEW");
        // the trucker may read neither the S/I nor the B/L: for it nothing has happened on either deal
        assertThat(search(trucker, "").getBody()).extracting(d -> d.get("status").asText()).containsExactly("NEW", "NEW");
        assertThat(ids(trucker, "status=COMPLETED")).isEmpty();
    }

    @Test
    void documentTypeFindsDealsWithADocumentOfThatTypeTheCallerMayRead() {
        long withSi = dealWithSi("ONE HARMONY " + token, "001E");
        long withBl = deal(shipperAdmin, "EXPORT");
        receivedBillOfLading(withBl, "ONE HARMONY " + token);
        invited(shipperAdmin, withSi, truckerCode, BusinessType.TRUCKER);

        assertThat(ids(shipper, "documentType=UL040")).containsExactly(withSi);
        assertThat(ids(shipper, "documentType=UL150")).containsExactly(withBl);
        assertThat(ids(shipper, "documentType=UL440")).isEmpty();
        assertThat(ids(trucker, "documentType=UL040")).isEmpty();
        assertThat(ids(trucker, "")).containsExactly(withSi);
    }

    @Test
    void aCompanyNeverFindsADealItIsNotOnByAnyFilter() {
        JsonNode deal = createDeal(shipperAdmin, "EXPORT", token + "-IH");
        long id = deal.get("id").asLong();
        created(shipper, id, shippingInstruction("SECRET VESSEL " + token, token), null);

        for (String filter : List.of("", "vesselName=" + token, "voyageNo=" + token, "inHouseNo=" + token + "-IH",
                "createdFrom=" + time(deal, "createdAt"), "updatedFrom=" + time(deal, "createdAt"),
                "documentType=UL040", "status=NEW", "direction=EXPORT")) {
            assertThat(ids(outsider, filter)).as(filter).doesNotContain(id);
            assertThat(ids(carrier, filter)).as(filter).doesNotContain(id);
        }
        assertThat(ids(http, "vesselName=" + token)).containsExactly(id);
        // removed from the deal, a company no longer finds it
        invited(shipperAdmin, id, carrierCode, BusinessType.OCEAN_CARRIER);
        assertThat(ids(carrier, "vesselName=" + token)).containsExactly(id);
        assertThat(shipperAdmin.exchange("/api/v1/deals/" + id + "/participants/" + carrierCode,
                org.springframework.http.HttpMethod.DELETE, null, JsonNode.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(ids(carrier, "vesselName=" + token)).isEmpty();
        assertThat(ids(carrier, "")).isEmpty();
    }

    @Test
    void theVesselOfADocumentTheCallerMayNotReadFindsNothing() {
        long id = dealWithSi("HIDDEN VESSEL " + token, token);
        long limited = dealWithSi("HIDDEN VESSEL " + token, token);
        long restricted = deal(shipperAdmin, "EXPORT");
        created(shipper, restricted, shippingInstruction("HIDDEN VESSEL " + token, token), List.of(shipperCode));
        invited(shipperAdmin, id, truckerCode, BusinessType.TRUCKER);
        invited(shipperAdmin, id, carrierCode, BusinessType.OCEAN_CARRIER);
        ResponseEntity<JsonNode> weakened = invite(shipperAdmin, limited, carrierCode, List.of(BusinessType.OCEAN_CARRIER),
                Map.of("UL040", "NONE"), false);
        assertThat(weakened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        invited(shipperAdmin, restricted, carrierCode, BusinessType.OCEAN_CARRIER);

        // the matrix gives the trucker nothing on the S/I; the carrier reads it unless the deal's limit or a
        // restriction to named companies takes it away
        assertThat(ids(trucker, "vesselName=" + token)).isEmpty();
        assertThat(ids(trucker, "voyageNo=" + token)).isEmpty();
        assertThat(ids(trucker, "")).containsExactly(id);
        assertThat(ids(carrier, "vesselName=" + token)).containsExactly(id);
        assertThat(ids(carrier, "voyageNo=" + token)).containsExactly(id);
        assertThat(ids(carrier, "")).containsExactly(restricted, limited, id);
        assertThat(ids(shipper, "vesselName=" + token)).containsExactly(restricted, limited, id);
    }

    @Test
    void aUserOfAnOrganizationSearchesOnlyThroughItsOrganizationsBusinessTypes() {
        String code = company(http, "MIX", BusinessType.SHIPPER, BusinessType.TRUCKER);
        TestRestTemplate admin = administrator(http, code);
        ResponseEntity<JsonNode> organization = admin.postForEntity("/api/v1/companies/" + code + "/organizations",
                Map.of("name", "輸送部", "businessTypes", List.of("TRUCKER")), JsonNode.class);
        assertThat(organization.getStatusCode()).as("%s", organization.getBody()).isEqualTo(HttpStatus.CREATED);
        TestRestTemplate driver = member(code, organization.getBody().get("id").asLong());
        long id = deal(admin, "EXPORT");
        created(admin, id, shippingInstruction("ORG VESSEL " + token, token), null);

        assertThat(ids(admin, "vesselName=" + token)).containsExactly(id);
        assertThat(ids(driver, "vesselName=" + token)).isEmpty();
        assertThat(ids(driver, "")).containsExactly(id);
    }

    @Test
    void pagesWalkEveryDealOnceWhileNewDealsAreCreatedBetweenThem() {
        List<Long> existing = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            existing.add(0, deal(shipperAdmin, "EXPORT"));
        }
        List<Long> walked = new ArrayList<>();
        ResponseEntity<JsonNode> page = search(shipper, "limit=3");
        int pages = 1;
        while (true) {
            walked.addAll(idsOf(page.getBody()));
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            if (link == null) {
                assertThat(page.getHeaders().getFirst("X-Next-Cursor")).isNull();
                break;
            }
            assertThat(link).startsWith("</api/v1/deals?").endsWith(">; rel=\"next\"");
            String next = link.substring(1, link.indexOf('>'));
            assertThat(UriComponentsBuilder.fromUriString(next).build().getQueryParams().getFirst("cursor"))
                    .isEqualTo(page.getHeaders().getFirst("X-Next-Cursor"));
            assertThat(next).contains("limit=3");
            deal(shipperAdmin, "EXPORT"); // newer than every deal walked: must not show up on a later page
            page = follow(shipper, next);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            pages++;
        }

        assertThat(walked).containsExactlyElementsOf(existing);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void filtersStayOnTheNextPagesLink() {
        long a = dealWithSi("PAGED VESSEL " + token, "001E");
        deal(shipperAdmin, "EXPORT");
        long b = dealWithSi("PAGED VESSEL " + token, "001E");

        ResponseEntity<JsonNode> first = search(shipper, "vesselName=" + encode("paged vessel " + token) + "&limit=1");
        String link = first.getHeaders().getFirst(HttpHeaders.LINK);
        ResponseEntity<JsonNode> second = follow(shipper, link.substring(1, link.indexOf('>')));

        assertThat(idsOf(first.getBody())).containsExactly(b);
        assertThat(idsOf(second.getBody())).containsExactly(a);
        assertThat(second.getHeaders().getFirst(HttpHeaders.LINK)).isNull();
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        String wireCursor = io.minato.hub.app.support.Cursor.afterId("wire-messages", 5).encode();
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("cursor=not-a-cursor!", "cursor");
        cases.put("cursor=" + wireCursor, "cursor");
        cases.put("limit=0", "limit");
        cases.put("limit=501", "limit");
        cases.put("status=OPEN", "status");
        cases.put("documentType=UL999", "documentType");
        cases.put("direction=SIDEWAYS", "direction");
        cases.put("createdFrom=yesterday", "createdFrom");

        cases.forEach((query, parameter) -> {
            ResponseEntity<JsonNode> answer = search(shipper, query);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getHeaders().getContentType().toString()).as(query).contains("problem+json");
            assertThat(answer.getBody().at("/errors/0/field").asText()).as(query).isEqualTo(parameter);
        });
        ResponseEntity<JsonNode> timeline = shipper.getForEntity("/api/v1/deals/" + deal(shipperAdmin, "EXPORT")
                + "/events?cursor=" + wireCursor, JsonNode.class);
        assertThat(timeline.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theTimelineIsPagedByCursorToo() {
        long id = deal(shipperAdmin, "EXPORT");
        for (int i = 0; i < 3; i++) {
            created(shipper, id, shippingInstruction("TIMELINE " + token, "00" + i + "E"), null);
        }
        List<Long> all = idsOf(shipper.getForObject("/api/v1/deals/" + id + "/events", JsonNode.class));
        List<Long> walked = new ArrayList<>();
        String next = "/api/v1/deals/" + id + "/events?limit=2";
        while (next != null) {
            ResponseEntity<JsonNode> page = follow(shipper, next);
            walked.addAll(idsOf(page.getBody()));
            String link = page.getHeaders().getFirst(HttpHeaders.LINK);
            next = link == null ? null : link.substring(1, link.indexOf('>'));
        }

        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        assertThat(walked).containsExactlyElementsOf(all);
    }

    @Test
    void theOpenApiDescriptionNamesTheSearchAndPagingParameters() {
        JsonNode api = anonymous.getForObject("/api/openapi", JsonNode.class);

        for (String path : List.of("/api/v1/deals", "/api/v1/messages", "/api/v1/deals/{id}/events",
                "/api/v1/companies/{code}/webhooks/deliveries")) {
            List<String> parameters = api.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/parameters")
                    .findValuesAsText("name");
            assertThat(parameters).as(path).contains("cursor", "limit");
        }
        JsonNode deals = api.at("/paths/~1api~1v1~1deals/get/parameters");
        assertThat(deals.findValuesAsText("name")).contains("vesselName", "voyageNo", "inHouseNo", "direction", "status",
                "documentType", "createdFrom", "createdTo", "updatedFrom", "updatedTo");
        assertThat(StreamSupport.stream(deals.spliterator(), false)
                .filter(p -> p.get("name").asText().equals("vesselName")).findFirst().orElseThrow()
                .get("description").asText()).contains("船名");
    }

    // --- helpers

    private long dealWithSi(String vesselName, String voyageNo) {
        long id = deal(shipperAdmin, "EXPORT");
        created(shipper, id, shippingInstruction(vesselName, voyageNo), null);
        return id;
    }

    /** A B/L as a carrier's EDIFACT message stores it: received, through the statement the inbound path uses. */
    private void receivedBillOfLading(long dealId, String vesselName) {
        ObjectNode fields = JSON.createObjectNode();
        fields.put("blNo", code("BL"));
        fields.put("vesselName", vesselName);
        fields.put("voyageNo", "001E");
        documents.insert(dealId, "UL150", null, UUID.randomUUID().toString(), "RECEIVED", fields.toString(), null,
                null, null);
    }

    private JsonNode createDeal(TestRestTemplate as, String direction, String inHouseNo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("direction", direction);
        body.put("inHouseNo", inHouseNo == null ? code("IH") : inHouseNo);
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("create deal: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    private static ObjectNode shippingInstruction(String vesselName, String voyageNo) {
        try (InputStream in = DealSearchIT.class.getResourceAsStream("/api/shipping-instruction.json")) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) body.get("fields")).put("vesselName", vesselName).put("voyageNo", voyageNo);
            return body;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode created(TestRestTemplate as, long dealId, ObjectNode body, List<String> restrictedTo) {
        if (restrictedTo != null) {
            body.set("restrictedTo", JSON.valueToTree(restrictedTo));
        }
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals/" + dealId + "/documents", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("create document: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }

    private long firstDocument(long dealId) {
        return shipper.getForObject("/api/v1/deals/" + dealId, JsonNode.class).at("/documents/0/id").asLong();
    }

    private static void send(TestRestTemplate as, long dealId, long documentId) {
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals/" + dealId + "/documents/" + documentId + "/send",
                null, JsonNode.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as("send: %s", answer.getBody()).isTrue();
    }

    /** A user registered by the operator into an organization of the company. */
    private TestRestTemplate member(String company, long organizationId) {
        String login = "member-" + company.toLowerCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("displayName", login);
        body.put("password", PlatformFixtures.PASSWORD);
        body.put("partyCode", company);
        body.put("administrator", false);
        body.put("organizationId", organizationId);
        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/platform-users", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("register %s: %s", login, answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return http.withBasicAuth(login, PlatformFixtures.PASSWORD);
    }

    private static ResponseEntity<JsonNode> search(TestRestTemplate as, String query) {
        return as.getForEntity(java.net.URI.create("/api/v1/deals" + (query.isEmpty() ? "" : "?" + query)), JsonNode.class);
    }

    /** A link as the hub wrote it: already encoded, so not through the template's encoding again. */
    private static ResponseEntity<JsonNode> follow(TestRestTemplate as, String link) {
        return as.getForEntity(java.net.URI.create(link), JsonNode.class);
    }

    private static List<Long> ids(TestRestTemplate as, String query) {
        ResponseEntity<JsonNode> answer = search(as, query);
        assertThat(answer.getStatusCode()).as("search %s: %s", query, answer.getBody()).isEqualTo(HttpStatus.OK);
        return idsOf(answer.getBody());
    }

    private static List<Long> idsOf(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("id").asLong()).toList();
    }

    /** A timestamp of the answer as a query parameter (its + encoded). */
    private static String time(JsonNode node, String field) {
        return encode(node.get(field).asText());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** ASCII letters and digits as their full-width forms (ＡＢＣ１２３), a space as the ideographic space. */
    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(c == ' ' ? '\u3000' : c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }
}

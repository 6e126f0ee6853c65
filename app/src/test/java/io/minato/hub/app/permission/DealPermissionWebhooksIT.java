package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.permission.PermissionCases.Participant;
import io.minato.hub.app.permission.PermissionDocuments.Doc;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.PermissionMatrix;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Webhooks for the generated cases of {@link DealPermissionPathsIT}: every participant registers a target
 * (with its own API key) for DOCUMENT_SENT and DOCUMENT_DELETED; the operator sends and then deletes a
 * document of every type and a restricted (限定公開) S/I. Each company's delivery log, which it reads
 * itself, names exactly the documents it may read, and what reaches the real HTTP receiver is never
 * more than that.
 */
class DealPermissionWebhooksIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENTS = List.of("DOCUMENT_SENT", "DOCUMENT_DELETED");

    /** A request the receiver got: for which company (its path), which delivery, event and document. */
    record Received(String company, String historyId, String event, long dealId, long documentId) {
    }

    @Autowired
    private PermissionMatrix matrix;
    @Autowired
    private DocumentMapper documents;
    @Autowired
    private ApiKeys apiKeys;
    @Autowired
    private PlatformUsers platformUsers;

    private static HttpServer receiver;
    private static final Map<String, Received> received = new ConcurrentHashMap<>();
    private static final List<Participant> participants = new ArrayList<>();
    private static Participant outsider;
    private static long dealId;
    private static List<Doc> docs;
    private static boolean arranged;

    /**
     * Once per class (the companies, the deal and its documents serve every test), in {@code @BeforeEach}
     * because the Camel test support starts the routes (the inbox, EDIFACT and webhook delivery) only just
     * before the first test method.
     */
    @BeforeEach
    void arrange() throws IOException {
        if (arranged) {
            return;
        }
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/", this::receive);
        receiver.start();
        PermissionCases cases = new PermissionCases(http, matrix, apiKeys, platformUsers,
                key -> withHeader("X-API-Key", key));
        participants.addAll(cases.participants("H"));
        outsider = cases.outsider();
        List<Participant> registering = new ArrayList<>(participants);
        registering.add(outsider);
        for (Participant participant : registering) {
            ResponseEntity<JsonNode> target = participant.client().postForEntity(
                    "/api/v1/companies/" + participant.company() + "/webhooks",
                    Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/" + participant.company(),
                            "secret", "permission-webhook-secret-" + participant.company(), "events", EVENTS),
                    JsonNode.class);
            assertThat(target.getStatusCode()).as("%s: %s", participant, target.getBody()).isEqualTo(HttpStatus.CREATED);
        }

        String owner = PlatformFixtures.company(http, "HOWN", BusinessType.SHIPPER);
        TestRestTemplate ownerAdmin = PlatformFixtures.administrator(http, owner);
        dealId = PlatformFixtures.deal(ownerAdmin, "EXPORT");
        long ownerId = platformUsers.partyId(owner).orElseThrow();
        for (DocumentType type : DocumentType.values()) {
            documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "DRAFT", "{}", null, ownerId, null);
        }
        PermissionCases.inviteAll(ownerAdmin, dealId, participants);
        List<String> named = participants.stream()
                .filter(participant -> participant.pattern() == PermissionCases.Pattern.DEFAULTS
                        && Set.of(BusinessType.CUSTOMS_BROKER, BusinessType.TRUCKER).contains(participant.businessType()))
                .map(Participant::company).toList();
        PermissionDocuments.created(ownerAdmin, dealId, PermissionDocuments.sample(DocumentType.UL040, named));
        docs = PermissionDocuments.of(http, dealId);

        for (Doc doc : docs) {
            assertThat(http.postForEntity(document(doc) + "/send", null, JsonNode.class).getStatusCode())
                    .as("send %s", doc).isEqualTo(HttpStatus.OK);
        }
        for (Doc doc : docs) {
            assertThat(http.exchange(document(doc), HttpMethod.DELETE, null, String.class).getStatusCode())
                    .as("delete %s", doc).isEqualTo(HttpStatus.NO_CONTENT);
        }
        arranged = true;
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            String historyId = exchange.getRequestHeaders().getFirst("X-Minato-Delivery");
            received.put(historyId, new Received(exchange.getRequestURI().getPath().substring(1), historyId,
                    body.path("event").asText(), body.path("dealId").asLong(), body.path("documentId").asLong()));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /**
     * The delivery log (created when an event fans out, before anything is posted) names, per company,
     * exactly a DOCUMENT_SENT and a DOCUMENT_DELETED for each document it may read; the outsider's
     * target hears nothing of the deal.
     */
    @Test
    void eachCompanyIsToldOfExactlyTheDocumentsItMayRead() {
        for (Participant participant : participants) {
            Set<String> expected = expected(participant);
            // fan-out runs event by event in order: once the last expected delivery is there, all of them are
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                    .until(() -> logged(participant).containsAll(expected));
        }
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            Set<String> logged = logged(participant);
            Set<String> expected = expected(participant);
            if (!logged.equals(expected)) {
                Set<String> extra = new TreeSet<>(logged);
                extra.removeAll(expected);
                Set<String> missing = new TreeSet<>(expected);
                missing.removeAll(logged);
                mismatch.accept(participant + " was told of " + extra + " beyond its rights, not of " + missing);
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(logged(outsider)).isEmpty();
    }

    /**
     * Deliveries really arrive: every delivery of the companies told most, and of the one named on the
     * restricted S/I, reaches the receiver at the company's own path; and nothing that reached the
     * receiver tells a company of a document it may not read.
     */
    @Test
    void whatReachesTheReceiverNeverExceedsTheRights() {
        List<Participant> watched = new ArrayList<>(participants.stream()
                .sorted(Comparator.comparingInt((Participant participant) -> expected(participant).size()).reversed())
                .limit(3).toList());
        watched.addAll(participants.stream().filter(participant -> docs.stream().anyMatch(doc ->
                doc.restrictedTo() != null && doc.allows(participant, Operation.READ))).toList());
        for (Participant participant : watched) {
            Set<String> expected = expected(participant);
            assertThat(expected).as("%s is told of something", participant).isNotEmpty();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> arrived(participant).containsAll(expected));
        }
        Map<String, Participant> byCompany = new ConcurrentHashMap<>();
        participants.forEach(participant -> byCompany.put(participant.company(), participant));
        for (Received request : received.values()) {
            if (request.dealId() != dealId) {
                continue;
            }
            Participant participant = byCompany.get(request.company());
            assertThat(participant).as("a delivery for %s, who is on no deal", request.company()).isNotNull();
            assertThat(expected(participant)).as("%s received %s", participant, request)
                    .contains(request.event() + " " + request.documentId());
        }
    }

    /** "EVENT documentId" for each document the participant may read, sent and deleted. */
    private Set<String> expected(Participant participant) {
        Set<String> expected = new TreeSet<>();
        for (Long id : PermissionDocuments.allowed(docs, participant, Operation.READ)) {
            EVENTS.forEach(event -> expected.add(event + " " + id));
        }
        return expected;
    }

    /** The company's delivery log for this deal, read with its own API key. */
    private Set<String> logged(Participant participant) {
        ResponseEntity<JsonNode> log = participant.client().getForEntity(
                "/api/v1/companies/" + participant.company() + "/webhooks/deliveries?limit=1000", JsonNode.class);
        assertThat(log.getStatusCode()).as("%s reads its delivery log", participant).isEqualTo(HttpStatus.OK);
        Set<String> logged = new TreeSet<>();
        for (JsonNode delivery : log.getBody()) {
            JsonNode payload = delivery.get("payload");
            if (payload.path("dealId").asLong() == dealId) {
                logged.add(delivery.get("event").asText() + " " + payload.path("documentId").asLong());
            }
        }
        return logged;
    }

    private Set<String> arrived(Participant participant) {
        Set<String> arrived = new TreeSet<>();
        received.values().stream()
                .filter(request -> request.company().equals(participant.company()) && request.dealId() == dealId)
                .forEach(request -> arrived.add(request.event() + " " + request.documentId()));
        return arrived;
    }

    private String document(Doc doc) {
        return "/api/v1/deals/" + dealId + "/documents/" + doc.id();
    }
}

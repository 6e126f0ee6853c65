package io.minato.hub.app.permission;

import static io.minato.hub.app.permission.PermissionDocuments.abbreviated;
import static io.minato.hub.app.permission.PermissionDocuments.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentSamples;
import io.minato.hub.app.permission.PermissionCases.Participant;
import io.minato.hub.app.permission.PermissionDocuments.Doc;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.PermissionMatrix;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The write side of the permission matrix for the generated cases of {@link DealPermissionPathsIT}:
 * CREATE, DELETE and SEND (to the deal's participants and as EDIFACT to a partner) of every document
 * type, by every business type under every grant pattern, on one deal that also holds a restricted
 * (限定公開) S/I. Deleting probes with a stale etag, so the documents stay for the other cases.
 */
class DealPermissionWritesIT extends HubIntegrationTest {

    @Autowired
    private PermissionMatrix matrix;
    @Autowired
    private DocumentMapper documents;
    @Autowired
    private ApiKeys apiKeys;
    @Autowired
    private PlatformUsers platformUsers;
    @Autowired
    private DocumentDefinitions definitions;

    private static final List<Participant> participants = new ArrayList<>();
    private static Participant outsider;
    private static long dealId;
    private static List<Doc> docs;
    private static boolean arranged;
    /** Documents with typed fields, made through the API: the ones EDIFACT can carry. */
    private static final Set<Long> typed = new HashSet<>();
    private static String partner;

    /**
     * Once per class (the companies, the deal and its documents serve every test), in {@code @BeforeEach}
     * because the Camel test support starts the routes (the inbox, EDIFACT and webhook delivery) only just
     * before the first test method.
     */
    @BeforeEach
    void arrange() {
        if (arranged) {
            return;
        }
        PermissionCases cases = new PermissionCases(http, matrix, apiKeys, platformUsers,
                key -> withHeader("X-API-Key", key));
        String owner = PlatformFixtures.company(http, "WOWN", BusinessType.SHIPPER);
        TestRestTemplate ownerAdmin = PlatformFixtures.administrator(http, owner);
        dealId = PlatformFixtures.deal(ownerAdmin, "EXPORT");
        long ownerId = platformUsers.partyId(owner).orElseThrow();
        for (DocumentType type : DocumentType.values()) {
            documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "DRAFT", "{}", null, ownerId, null);
        }
        participants.addAll(cases.participants("W"));
        outsider = cases.outsider();
        PermissionCases.inviteAll(ownerAdmin, dealId, participants);
        // 限定公開 to a broker that only reads S/Is: the forwarders, shippers and NVOCCs that write them must not
        String broker = participants.stream().filter(participant -> participant.businessType() == BusinessType.CUSTOMS_BROKER
                && participant.pattern() == PermissionCases.Pattern.DEFAULTS).findFirst().orElseThrow().company();
        typed.add(PermissionDocuments.created(ownerAdmin, dealId,
                PermissionDocuments.sample(DocumentType.UL040, List.of(broker))));
        for (DocumentType type : PermissionDocuments.SAMPLES.keySet()) {
            typed.add(PermissionDocuments.created(ownerAdmin, dealId, PermissionDocuments.sample(type, null)));
        }
        docs = PermissionDocuments.of(http, dealId);
        // the partner application-test.yml writes in UNOX:4, which holds the samples' Japanese names
        partner = "JPLINE";
        assertThat(http.exchange("/api/v1/partners/" + partner, HttpMethod.PUT,
                new HttpEntity<>(fileChannelPartner(partner, "Japanese coastal line", "D99B", "NONE")), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        arranged = true;
    }

    /**
     * A participant holding READ_WRITE creates a document of the type (and deletes it again); one that
     * does not is refused before its fields are looked at. Types without a sample file get a body
     * generated from their definition.
     */
    @Test
    void createIsAllowedExactlyWithReadWrite() {
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            for (DocumentType type : DocumentType.values()) {
                String what = participant + " creates " + type;
                ResponseEntity<JsonNode> created = participant.client().postForEntity(documentsPath(), body(type),
                        JsonNode.class);
                int status = created.getStatusCode().value();
                if (!participant.may(type, Operation.CREATE)) {
                    expect(mismatch, what, 403, created);
                } else {
                    expect(mismatch, what, 201, created);
                }
                if (status == 201) {
                    // no If-Match: the documents other participants create meanwhile reach this one through
                    // the root document, each a new version
                    expect(mismatch, participant + " deletes the " + type + " it created", 204,
                            participant.client().exchange(documentsPath() + "/" + created.getBody().get("id").asLong(),
                                    HttpMethod.DELETE, null, String.class));
                }
            }
        });
        assertThat(mismatches).isEmpty();
        for (DocumentType type : DocumentType.values()) {
            assertThat(outsider.client().postForEntity(documentsPath(), body(type), JsonNode.class).getStatusCode())
                    .as("outsider creates %s", type).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /** A delete with a stale etag deletes nothing: 409 tells it got past the rights check, 403 that it did not. */
    @Test
    void deleteGetsPastTheRightsCheckExactlyWithReadWrite() {
        HttpHeaders stale = new HttpHeaders();
        stale.setIfMatch("\"stale-etag\"");
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            for (Doc doc : docs) {
                expect(mismatch, participant + " deletes " + doc, doc.expected(participant, Operation.DELETE, 409),
                        participant.client().exchange(documentsPath() + "/" + doc.id(), HttpMethod.DELETE,
                                new HttpEntity<>(stale), String.class));
            }
        });
        assertThat(mismatches).isEmpty();
        for (Doc doc : docs) {
            assertThat(outsider.client().exchange(documentsPath() + "/" + doc.id(), HttpMethod.DELETE,
                    new HttpEntity<>(stale), String.class).getStatusCode()).as("outsider deletes %s", doc)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(PermissionDocuments.of(http, dealId)).containsExactlyInAnyOrderElementsOf(docs);
    }

    /** 送信 to the deal's participants: allowed exactly with READ_WRITE on the type and the document visible. */
    @Test
    void sendingToTheDealIsAllowedExactlyWithReadWrite() {
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            for (Doc doc : docs) {
                expect(mismatch, participant + " sends " + doc, doc.expected(participant, Operation.SEND, 200),
                        participant.client().postForEntity(documentsPath() + "/" + doc.id() + "/send", null,
                                JsonNode.class));
            }
        });
        assertThat(mismatches).isEmpty();
        for (Doc doc : docs) {
            assertThat(outsider.client().postForEntity(documentsPath() + "/" + doc.id() + "/send", null, JsonNode.class)
                    .getStatusCode()).as("outsider sends %s", doc).isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /**
     * Sending to a partner's EDI is 送信 too: READ_WRITE on the type and a document that exists for the
     * company. Past the check, typed documents go out (202) and types EDIFACT does not carry are 400.
     * The documents inserted without fields are left out for the types EDIFACT carries: they cannot be
     * written as a message, whoever asks.
     */
    @Test
    void sendingAsEdifactIsAllowedExactlyWithReadWrite() {
        List<Doc> probed = docs.stream()
                .filter(doc -> typed.contains(doc.id()) || !PermissionDocuments.SAMPLES.containsKey(doc.type()))
                .toList();
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            for (Doc doc : probed) {
                int allowed = typed.contains(doc.id()) ? 202 : 400;
                expect(mismatch, participant + " sends " + doc + " as EDIFACT",
                        doc.expected(participant, Operation.SEND, allowed),
                        participant.client().postForEntity(documentsPath() + "/" + doc.id() + "/edifact",
                                Map.of("partner", partner), JsonNode.class));
            }
        });
        assertThat(mismatches).isEmpty();
        for (Doc doc : probed) {
            assertThat(outsider.client().postForEntity(documentsPath() + "/" + doc.id() + "/edifact",
                    Map.of("partner", partner), JsonNode.class).getStatusCode()).as("outsider sends %s", doc)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    /** The type's sample body, else one generated from its definition (every type is writable through the API). */
    private ObjectNode body(DocumentType type) {
        if (PermissionDocuments.SAMPLES.containsKey(type)) {
            return PermissionDocuments.sample(type, null);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type.name());
        body.set("fields", DocumentSamples.sample(definitions.definition(type)));
        return body;
    }

    private String documentsPath() {
        return "/api/v1/deals/" + dealId + "/documents";
    }
}

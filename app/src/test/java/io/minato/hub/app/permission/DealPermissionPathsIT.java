package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.permission.PermissionCases.Participant;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.PermissionMatrix;
import io.minato.hub.mappings.permission.Rights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * The permission matrix through the API, for every business type, every document type and three grants
 * per business type (the defaults, and two different patterns of weakening): each company reads,
 * lists and changes exactly what the matrix and its grant allow on a deal it was invited to, and
 * nothing of a deal it was not. The expected rights are computed here from the matrix file and the
 * limits the test chose, not by the code under test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DealPermissionPathsIT extends HubIntegrationTest {

    @Autowired
    private PermissionMatrix matrix;
    @Autowired
    private DocumentMapper documents;
    @Autowired
    private ApiKeys apiKeys;
    @Autowired
    private PlatformUsers platformUsers;

    private long dealId;
    private final Map<DocumentType, Long> documentIds = new EnumMap<>(DocumentType.class);
    private final List<Participant> participants = new ArrayList<>();
    private String outsiderKey;

    @BeforeAll
    void arrange() {
        PermissionCases cases = new PermissionCases(http, matrix, apiKeys, platformUsers,
                key -> withHeader("X-API-Key", key));
        String owner = PlatformFixtures.company(http, "OWN", BusinessType.SHIPPER);
        var ownerAdmin = PlatformFixtures.administrator(http, owner);
        dealId = PlatformFixtures.deal(ownerAdmin, "EXPORT");
        long ownerId = platformUsers.partyId(owner).orElseThrow();
        for (DocumentType type : DocumentType.values()) {
            documentIds.put(type, documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "DRAFT",
                    "{}", null, ownerId, null));
        }
        participants.addAll(cases.participants("P"));
        PermissionCases.inviteAll(ownerAdmin, dealId, participants);
        outsiderKey = cases.outsider().apiKey();
    }

    @Test
    void eachParticipantListsExactlyTheDocumentTypesItMayRead() {
        for (Participant participant : participants) {
            JsonNode deal = get(participant.apiKey(), "/api/v1/deals/" + dealId).getBody();
            Set<String> listed = new TreeSet<>();
            deal.get("documents").forEach(document -> listed.add(document.get("type").asText()));
            assertThat(listed).as("%s (%s)", participant.businessType(), participant.pattern())
                    .isEqualTo(typesHolding(participant, Rights.READ));
        }
    }

    @Test
    void eachParticipantReadsADocumentExactlyWhenItHoldsRead() {
        for (Participant participant : participants) {
            for (DocumentType type : DocumentType.values()) {
                HttpStatusCode status = get(participant.apiKey(),
                        "/api/v1/deals/" + dealId + "/documents/" + documentIds.get(type)).getStatusCode();
                assertThat(status).as("%s (%s) reads %s", participant.businessType(), participant.pattern(), type)
                        .isEqualTo(participant.expected().get(type).ordinal() >= Rights.READ.ordinal()
                                ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            }
        }
    }

    /**
     * An update with a stale etag changes nothing whoever sends it; what it answers tells whether the
     * rights were granted (409 stale, 400/422 for fields or a type the API does not write) or refused (403).
     */
    @Test
    void eachParticipantGetsPastTheRightsCheckOfAnUpdateExactlyWhenItHoldsReadWrite() {
        for (Participant participant : participants) {
            for (DocumentType type : DocumentType.values()) {
                HttpStatusCode status = put(participant.apiKey(),
                        "/api/v1/deals/" + dealId + "/documents/" + documentIds.get(type)).getStatusCode();
                String what = participant.businessType() + " (" + participant.pattern() + ") updates " + type;
                if (participant.expected().get(type) == Rights.READ_WRITE) {
                    assertThat(status.value()).as(what).isIn(400, 409, 422);
                } else {
                    assertThat(status).as(what).isEqualTo(HttpStatus.FORBIDDEN);
                }
            }
        }
    }

    @Test
    void aCompanyNotOnTheDealDoesNotLearnItExistsWhateverItsBusinessTypes() {
        assertThat(get(outsiderKey, "/api/v1/deals/" + dealId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(outsiderKey, "/api/v1/deals/" + dealId + "/events").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get(outsiderKey, "/api/v1/deals/" + dealId + "/participants").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        for (DocumentType type : DocumentType.values()) {
            assertThat(get(outsiderKey, "/api/v1/deals/" + dealId + "/documents/" + documentIds.get(type))
                    .getStatusCode()).as(type.name()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(put(outsiderKey, "/api/v1/deals/" + dealId + "/documents/" + documentIds.get(type))
                    .getStatusCode()).as(type.name()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        JsonNode found = get(outsiderKey, "/api/v1/deals?limit=500").getBody();
        assertThat(found.findValues("id")).noneMatch(id -> id.asLong() == dealId);
    }

    @Test
    void everyParticipantFindsTheDealBySearch() {
        for (Participant participant : participants) {
            JsonNode found = get(participant.apiKey(), "/api/v1/deals?limit=500").getBody();
            assertThat(found.findValues("id")).as(participant.company()).anyMatch(id -> id.asLong() == dealId);
        }
    }

    private Set<String> typesHolding(Participant participant, Rights atLeast) {
        Set<String> types = new TreeSet<>();
        participant.expected().forEach((type, rights) -> {
            if (rights.ordinal() >= atLeast.ordinal()) {
                types.add(type.name());
            }
        });
        return types;
    }

    private ResponseEntity<JsonNode> get(String apiKey, String path) {
        return anonymous.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(apiKey)), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String apiKey, String path) {
        HttpHeaders headers = headers(apiKey);
        headers.setIfMatch("\"stale-etag\"");
        return anonymous.exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("fields", Map.of()), headers),
                JsonNode.class);
    }

    private static HttpHeaders headers(String apiKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", apiKey);
        return headers;
    }
}

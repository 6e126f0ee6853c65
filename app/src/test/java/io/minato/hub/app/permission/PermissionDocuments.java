package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.permission.PermissionCases.Participant;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A deal's documents as the permission tests model them: what exists (read as the operator, who sees
 * everything) and, for a generated participant, which of them it may see and what each call must answer.
 */
final class PermissionDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Document types with a sample body in {@code src/test/resources/api/}, valid for the API's typed fields. */
    static final Map<DocumentType, String> SAMPLES = Map.of(DocumentType.UL010, "booking-request",
            DocumentType.UL040, "shipping-instruction", DocumentType.UL440, "vgm-report");

    /** A document of the deal; {@code restrictedTo} is null unless 限定公開. */
    record Doc(long id, DocumentType type, List<String> restrictedTo) {

        /** Whether the document exists for the company at all (the creator is never a generated participant). */
        boolean visibleTo(Participant participant) {
            return restrictedTo == null || restrictedTo.contains(participant.company());
        }

        /** Whether the participant may do the operation on it. */
        boolean allows(Participant participant, Operation operation) {
            return visibleTo(participant) && participant.may(type, operation);
        }

        /** 404 when the document does not exist for it, else {@code allowed} or 403 as its rights say. */
        int expected(Participant participant, Operation operation, int allowed) {
            if (!visibleTo(participant)) {
                return 404;
            }
            return participant.may(type, operation) ? allowed : 403;
        }

        @Override
        public String toString() {
            return type + " #" + id + (restrictedTo == null ? "" : " restricted to " + restrictedTo);
        }
    }

    private PermissionDocuments() {
    }

    /** The deal's documents, as the operator lists them. */
    static List<Doc> of(TestRestTemplate operator, long dealId) {
        JsonNode deal = operator.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        List<Doc> docs = new ArrayList<>();
        for (JsonNode document : deal.get("documents")) {
            List<String> restrictedTo = null;
            if (document.hasNonNull("restrictedTo")) {
                restrictedTo = new ArrayList<>();
                for (JsonNode company : document.get("restrictedTo")) {
                    restrictedTo.add(company.asText());
                }
            }
            docs.add(new Doc(document.get("id").asLong(), DocumentType.valueOf(document.get("type").asText()),
                    restrictedTo));
        }
        return docs;
    }

    /** The ids of the documents the participant may do the operation on. */
    static Set<Long> allowed(List<Doc> docs, Participant participant, Operation operation) {
        Set<Long> ids = new TreeSet<>();
        docs.stream().filter(doc -> doc.allows(participant, operation)).forEach(doc -> ids.add(doc.id()));
        return ids;
    }

    /** A create request for the type from its sample, optionally 限定公開. */
    static ObjectNode sample(DocumentType type, List<String> restrictedTo) {
        try (InputStream in = PermissionDocuments.class.getResourceAsStream("/api/" + SAMPLES.get(type) + ".json")) {
            ObjectNode body = (ObjectNode) JSON.readTree(in);
            if (restrictedTo != null) {
                body.set("restrictedTo", JSON.valueToTree(restrictedTo));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a document that must be created; answers its id. */
    static long created(TestRestTemplate as, long dealId, JsonNode body) {
        ResponseEntity<JsonNode> answer = as.postForEntity("/api/v1/deals/" + dealId + "/documents", body, JsonNode.class);
        assertThat(answer.getStatusCode()).as("create: %s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().get("id").asLong();
    }

    /** Reports a mismatch unless the answer's status is the expected one. */
    static void expect(Consumer<String> mismatch, String what, int expected, ResponseEntity<?> answer) {
        int actual = answer.getStatusCode().value();
        if (actual != expected) {
            mismatch.accept(what + ": expected " + expected + ", got " + actual + " " + abbreviated(answer.getBody()));
        }
    }

    static String abbreviated(Object body) {
        String text = String.valueOf(body);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

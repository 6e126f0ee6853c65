package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Flow 1, EDIFACT in: file inbox → archive → Artemis → Smooks → UL050 in an export deal. */
class IftmbcInboundIT extends HubIntegrationTest {


    @Test
    void storesABookingConfirmationInItsExportDeal() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        long messageId = drop(iftmbc(reference("C"), booking));

        JsonNode message = awaitFinished(messageId);
        assertThat(message.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(message.get("partner").asText()).isEqualTo("INTTRA");

        JsonNode found = http.getForObject("/api/v1/deals?bookingNo=" + booking, JsonNode.class);
        assertThat(found).hasSize(1);
        assertThat(found.at("/0/carrierCode").asText()).isEqualTo("ONEY");
        assertThat(found.at("/0/direction").asText()).isEqualTo("EXPORT");
        assertThat(found.at("/0/id").asLong()).isEqualTo(message.get("dealId").asLong());

        JsonNode deal = http.getForObject("/api/v1/deals/" + found.at("/0/id").asLong(), JsonNode.class);
        assertThat(deal.get("documents")).hasSize(1);
        JsonNode document = deal.get("documents").get(0);
        assertThat(document.get("type").asText()).isEqualTo("UL050");
        assertThat(document.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(document.get("sourceMessageId").asLong()).isEqualTo(messageId);
        JsonNode fields = document.get("fields");
        assertThat(fields.get("bookingNo").asText()).isEqualTo(booking);
        assertThat(fields.get("vesselName").asText()).isEqualTo("ONE MINATO");
        assertThat(fields.get("voyageNo").asText()).isEqualTo("012E");
        assertThat(fields.get("portOfLoading").asText()).isEqualTo("JPYOK");
        assertThat(fields.get("portOfDischarge").asText()).isEqualTo("USLAX");
        assertThat(fields.get("estimatedDeparture").asText()).isEqualTo("2024-03-20");
        assertThat(fields.at("/shipper/name").asText()).isEqualTo("NIPPON AUTO PARTS K.K.");
        assertThat(fields.get("equipment")).hasSize(2);

        JsonNode timeline = http.getForObject("/api/v1/deals/" + deal.get("id").asLong() + "/events", JsonNode.class);
        // the parties the message names are each an ORGANIZATION_ADDED besides these
        assertThat(timeline).extracting(event -> event.get("type").asText())
                .filteredOn(type -> !type.equals("ORGANIZATION_ADDED")).containsExactly("DEAL_CREATED", "DOCUMENT_RECEIVED");
    }

    @Test
    void theSameInterchangeDroppedTwiceCreatesOneDocument() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        String content = iftmbc(reference("C"), booking);
        long first = drop(content);
        assertThat(awaitFinished(first).get("status").asText()).isEqualTo("PROCESSED");

        long second = drop(content);
        JsonNode duplicate = awaitFinished(second);

        assertThat(duplicate.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(duplicate.get("reason").asText()).contains("applied before as wire message " + first);
        JsonNode deals = http.getForObject("/api/v1/deals?bookingNo=" + booking, JsonNode.class);
        assertThat(deals).hasSize(1);
        JsonNode deal = http.getForObject("/api/v1/deals/" + deals.at("/0/id").asLong(), JsonNode.class);
        assertThat(deal.get("documents")).hasSize(1);
        assertThat(deal.at("/documents/0/version").asInt()).isEqualTo(1);
    }

    @Test
    void aLaterConfirmationOfTheSameBookingIsANewVersionOfItsDocument() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        assertThat(awaitFinished(drop(iftmbc(reference("A"), booking))).get("status").asText())
                .isEqualTo("PROCESSED");
        String replacement = iftmbc(reference("B"), booking).replace("+012E+", "+013E+");
        assertThat(awaitFinished(drop(replacement)).get("status").asText()).isEqualTo("PROCESSED");

        JsonNode deals = http.getForObject("/api/v1/deals?bookingNo=" + booking, JsonNode.class);
        assertThat(deals).hasSize(1);
        JsonNode deal = http.getForObject("/api/v1/deals/" + deals.at("/0/id").asLong(), JsonNode.class);
        assertThat(deal.get("documents")).hasSize(1);
        assertThat(deal.at("/documents/0/version").asInt()).isEqualTo(2);
        assertThat(deal.at("/documents/0/fields/voyageNo").asText()).isEqualTo("013E");
    }

    /**
     * The second message finds the deal and document the first created in the same transaction, although an
     * interchange writes its new deals' documents and root values together at its end.
     */
    @Test
    void aConfirmationAndItsAmendmentInOneInterchangeMakeOneDocumentInItsSecondVersion() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        String single = iftmbc(reference("AB"), booking);
        String message = single.substring(single.indexOf("UNH+1+"), single.indexOf("UNZ+"));
        String amendment = message.replace("UNH+1+", "UNH+2+").replace("UNT+27+1'", "UNT+27+2'")
                .replace("+012E+", "+013E+");
        String both = single.replace("UNZ+1+", amendment + "UNZ+2+");

        JsonNode processed = awaitFinished(drop(both));

        assertThat(processed.get("status").asText()).isEqualTo("PROCESSED");
        JsonNode deals = http.getForObject("/api/v1/deals?bookingNo=" + booking, JsonNode.class);
        assertThat(deals).hasSize(1);
        long dealId = deals.at("/0/id").asLong();
        JsonNode deal = http.getForObject("/api/v1/deals/" + dealId, JsonNode.class);
        assertThat(deal.get("documents")).hasSize(1);
        assertThat(deal.at("/documents/0/version").asInt()).isEqualTo(2);
        assertThat(deal.at("/documents/0/fields/voyageNo").asText()).isEqualTo("013E");
        JsonNode root = http.getForObject("/api/v1/deals/" + dealId + "/root", JsonNode.class);
        JsonNode voyage = null;
        for (JsonNode field : root.get("fields")) {
            if (field.get("name").asText().equals("voyageNo")) {
                voyage = field;
            }
        }
        assertThat(voyage).isNotNull();
        assertThat(voyage.get("value").asText()).isEqualTo("013E");
        assertThat(voyage.get("lineage")).extracting(change -> change.get("value").asText())
                .containsExactly("012E", "013E");
    }

    @Test
    void keepsAMalformedInterchangeRejectedWithSegmentAndPosition() throws IOException {
        String malformed = iftmbc(reference("C"), "ONEY" + System.nanoTime())
                .replace("UNT+27+1'", "UNT+31+1'");
        long id = drop(malformed);

        JsonNode message = awaitFinished(id);

        assertThat(message.get("status").asText()).isEqualTo("REJECTED");
        assertThat(message.get("reason").asText()).contains("segment UNT #").contains("element");
        assertThat(message.get("content").asText()).isEqualTo(malformed);
        assertThat(Base64.getDecoder().decode(message.get("contentBase64").asText()))
                .isEqualTo(malformed.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void rejectsAnUnsupportedMessageTypeNamingTheUnhSegment() throws IOException {
        String iftmin = iftmbc(reference("C"), "ONEY" + System.nanoTime())
                .replace("IFTMBC:D:99B:UN:2.0", "IFTMIN:D:99B:UN");

        JsonNode message = awaitFinished(drop(iftmin));

        assertThat(message.get("status").asText()).isEqualTo("REJECTED");
        assertThat(message.get("reason").asText()).contains("UNH").contains("IFTMIN");
    }

    @Test
    void aRejectedMessageCanBeReprocessedFromTheArchive() throws IOException {
        long id = drop("this is not EDIFACT at all");
        JsonNode rejected = awaitFinished(id);
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("attempts").asInt()).isEqualTo(1);

        ResponseEntity<JsonNode> answer = http.postForEntity("/api/v1/messages/" + id + "/reprocess", null, JsonNode.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(FIRST_MESSAGE_PATIENCE).untilAsserted(() ->
                assertThat(message(id).get("attempts").asInt()).isEqualTo(2));
        assertThat(message(id).get("status").asText()).isEqualTo("REJECTED");
    }

}

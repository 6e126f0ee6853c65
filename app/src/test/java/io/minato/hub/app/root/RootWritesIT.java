package io.minato.hub.app.root;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.document.SharedFields;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootDecision;
import io.minato.hub.mappings.document.root.RootEntry;
import io.minato.hub.mappings.document.root.RootSource;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The root document's record is one row per write (its offers together) and one row per deal (its values),
 * while the lineage still lists every offer, oldest write first and a write's in offer order.
 */
class RootWritesIT extends HubIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private RootDocument root;
    @Autowired
    private SharedFields shared;

    @Test
    void aNewDealsBookingConfirmationIsOneWriteRowWhoseOffersTheLineageListsInOrder() throws IOException {
        long dealId = confirmNewDeal();

        List<Map<String, Object>> writes = jdbc.queryForList(
                "select source, jsonb_array_length(offers) as offers from deal_root_writes where deal_id = ?", dealId);
        assertThat(writes).hasSize(1);
        assertThat(writes.get(0)).containsEntry("source", "EDIFACT");
        int offered = ((Number) writes.get(0).get("offers")).intValue();
        assertThat(offered).isEqualTo(15);
        assertThat(jdbc.queryForObject("select count(*) from deal_roots where deal_id = ?", Long.class, dealId))
                .isEqualTo(1);

        // a write offers the UL050's shared fields in their order
        List<String> carried = shared.fieldsOf(DocumentType.UL050).stream().map(SharedFields.SharedField::name).toList();
        List<String> recorded = jdbc.queryForList(
                "select field from deal_root_changes where deal_id = ? order by id, offer", String.class, dealId);
        assertThat(recorded).hasSize(offered).isEqualTo(carried.stream().filter(recorded::contains).toList());

        JsonNode fields = http.getForObject("/api/v1/deals/{d}/root", JsonNode.class, dealId).get("fields");
        assertThat(fields).extracting(field -> field.get("name").asText()).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(fields).allSatisfy(field -> {
            assertThat(field.get("lineage")).hasSize(1);
            JsonNode offer = field.at("/lineage/0");
            assertThat(offer.get("outcome").asText()).isEqualTo("SET");
            assertThat(offer.get("value")).isEqualTo(field.get("value"));
            assertThat(offer.at("/source/kind").asText()).isEqualTo("EDIFACT");
            assertThat(offer.at("/source/position").asText()).startsWith("UNH 1");
            assertThat(field.at("/source/position").asText()).isEqualTo(offer.at("/source/position").asText());
        });
        assertThat(field(fields, "vesselName").at("/source/position").asText()).isEqualTo("UNH 1 TDT+20 C222/8212");
    }

    /** One statement cannot update a deal's root row twice: the batch merges its writes, the later one winning. */
    @Test
    void twoWritesOfOneDealInOneBatchAreTwoWriteRowsAndTheLaterValueHolds() throws IOException {
        long dealId = confirmNewDeal();
        long documentId = http.getForObject("/api/v1/deals/{d}", JsonNode.class, dealId).at("/documents/0/id").asLong();
        RootEntry confirmed = new RootEntry("voyageNo", TextNode.valueOf("012E"), RootSource.EDIFACT, "UL050",
                OffsetDateTime.now());
        RootEntry amended = new RootEntry("voyageNo", TextNode.valueOf("013E"), RootSource.USER, "UL050",
                OffsetDateTime.now());
        RootOrigin origin = new RootOrigin(RootSource.USER, null, "root-writes-it", null, field -> "item " + field, null);

        transactions.executeWithoutResult(status -> {
            RootDocument.Batch batch = root.batch();
            batch.commit(alone(dealId, new RootDecision.Set("voyageNo", TextNode.valueOf("013E"), confirmed),
                    new RootDecision.Set("vesselName", TextNode.valueOf("ONE HARBOUR"), null)), documentId, origin,
                    (type, document, detail) -> { });
            batch.commit(alone(dealId, new RootDecision.Set("voyageNo", TextNode.valueOf("014E"), amended)),
                    documentId, origin, (type, document, detail) -> { });
            batch.flush();
        });

        assertThat(jdbc.queryForObject("select count(*) from deal_root_writes where deal_id = ?", Long.class, dealId))
                .isEqualTo(3);
        JsonNode fields = http.getForObject("/api/v1/deals/{d}/root", JsonNode.class, dealId).get("fields");
        JsonNode voyage = field(fields, "voyageNo");
        assertThat(voyage.get("value").asText()).isEqualTo("014E");
        assertThat(voyage.at("/source/kind").asText()).isEqualTo("USER");
        assertThat(voyage.get("lineage")).extracting(change -> change.get("value").asText())
                .containsExactly("012E", "013E", "014E");
        assertThat(voyage.get("lineage")).extracting(change -> change.path("other").asText(null))
                .containsExactly(null, "012E", "013E");
        assertThat(voyage.at("/lineage/2/source/position").asText()).isEqualTo("item voyageNo");
        JsonNode vessel = field(fields, "vesselName");
        assertThat(vessel.get("value").asText()).isEqualTo("ONE HARBOUR");
        assertThat(vessel.get("lineage")).extracting(change -> change.get("value").asText())
                .containsExactly("ONE MINATO", "ONE HARBOUR");
    }

    private long confirmNewDeal() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        JsonNode message = awaitFinished(drop(iftmbc(reference("RW"), booking)));
        assertThat(message.get("status").asText()).as("%s", message).isEqualTo("PROCESSED");
        return message.get("dealId").asLong();
    }

    private static RootPlan alone(long dealId, RootDecision... decisions) {
        return new RootPlan(dealId, DocumentType.UL050, new ArrayList<>(List.of(decisions)),
                JsonNodeFactory.instance.objectNode(), true);
    }

    private static JsonNode field(JsonNode fields, String name) {
        return StreamSupport.stream(fields.spliterator(), false)
                .filter(field -> field.get("name").asText().equals(name)).findFirst().orElseThrow();
    }
}

package io.minato.hub.connectors.tradewaltz.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped seed (config/tradewaltz/simulator-seed.json) loads, its relative times made absolute. */
class SeedRequestsTest {

    @Test
    void theShippedSeedHoldsAnExportAndAnImportRequestWithTimesRelativeToTheStart() {
        OffsetDateTime start = OffsetDateTime.parse("2026-06-01T10:30:00+09:00");

        List<ObjectNode> requests = SeedRequests.load("../config/tradewaltz/simulator-seed.json", start);

        assertThat(requests).extracting(request -> request.get("kind").asText())
                .containsExactly("EXPORT_SHIPPING_REQUEST", "IMPORT_HANDLING_REQUEST");
        ObjectNode export = requests.get(0);
        assertThat(export.at("/transport/etd").asText()).isEqualTo("2026-06-13");
        assertThat(export.get("submittedAt").asText()).isEqualTo("2026-06-01T08:00+09:00");
        assertThat(requests.get(1).at("/handling/requestedDeliveryDate").asText()).isEqualTo("2026-06-09");
    }
}

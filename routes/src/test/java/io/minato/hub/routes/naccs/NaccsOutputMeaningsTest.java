package io.minato.hub.routes.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.naccs.output.CustomsUpdate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaccsOutputMeaningsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 4, 10, 12, 0, 5);

    @Test
    void aPermitIsAboutItsDeclarationAsOfItsReceptionTime() {
        CustomsUpdate update = NaccsOutputMeanings.update("SAD0020", Map.of("declarationNumber", "20260000001",
                "declarationStatus", "PERMITTED", "permittedAt", "20260410120005", "exportControlNumber", "X"), AT)
                .orElseThrow();

        assertThat(update.subject()).isEqualTo("DECLARATION:20260000001");
        assertThat(update.fields()).containsOnly(Map.entry("declarationStatus", "PERMITTED"),
                Map.entry("permittedAt", "20260410120005"));
        assertThat(update.asOf()).isEqualTo(AT);
    }

    @Test
    void anOutputWithoutItsKeyOrOfAnUnknownCodeChangesNoState() {
        assertThat(NaccsOutputMeanings.update("SIE0010", Map.of("declarationStatus", "PERMITTED"), AT)).isEmpty();
        assertThat(NaccsOutputMeanings.update("XYZ0001", Map.of("declarationNumber", "1"), AT)).isEmpty();
        assertThat(NaccsOutputMeanings.update("SIC0010 ", Map.of("exportControlNumber", "E1", "cargoStatus", "REGISTERED"),
                AT).orElseThrow().subject()).isEqualTo("CARGO:E1");
    }
}

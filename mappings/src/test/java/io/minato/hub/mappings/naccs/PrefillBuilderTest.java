package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.deal;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefillBuilderTest {

    private static JsonNode json(String text) throws Exception {
        return PrefillFixtures.JSON.readTree(text);
    }

    @Test
    void readsDatesAsIsoTextWithOrWithoutTimeAndInJacksonsArrayForm() throws Exception {
        assertThat(PrefillBuilder.date(json("\"2025-04-10\""))).isEqualTo("20250410");
        assertThat(PrefillBuilder.date(json("\"2025-04-10T23:30:00\""))).isEqualTo("20250410");
        assertThat(PrefillBuilder.date(json("[2025,4,10]"))).isEqualTo("20250410");
        assertThat(PrefillBuilder.date(json("\"10/04/2025\""))).isNull();
        assertThat(PrefillBuilder.number(json("\"2000.500\""))).isEqualTo("2000.5");
        assertThat(PrefillBuilder.number(json("1.8E4"))).isEqualTo("18000");
        assertThat(PrefillBuilder.number(json("\"12 kg\""))).isNull();
    }

    @Test
    void takesTheFirstDocumentFieldWithAValueAndSkipsBlanks() throws Exception {
        SourceDocument confirmation = new SourceDocument(5, DocumentType.UL050, json("{\"vesselName\": \"  \"}"));
        SourceDocument si = new SourceDocument(4, DocumentType.UL040, json("{\"vesselName\": \" EVER OCEAN \"}"));
        PrefillBuilder builder = new PrefillBuilder("TST", deal(confirmation, si));

        boolean filled = builder.text("vesselName", field(DocumentType.UL050, "/vesselName"),
                field(DocumentType.UL040, "/vesselName"), field(DocumentType.UL290, "/vesselName"));
        boolean missing = builder.text("voyageNumber", field(DocumentType.UL040, "/voyageNo"));
        Prefill prefill = builder.build(List.of("vesselName", "voyageNumber"));

        assertThat(filled).isTrue();
        assertThat(missing).isFalse();
        assertThat(prefill.items()).containsExactly(entry("vesselName", "EVER OCEAN"));
        assertThat(prefill.sources().get("vesselName")).hasToString("UL040#4 /vesselName");
        assertThat(prefill.filledShare()).isEqualTo(0.5);
    }
}

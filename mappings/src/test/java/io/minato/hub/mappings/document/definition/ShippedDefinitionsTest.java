package io.minato.hub.mappings.document.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The definitions shipped in config/documents load: every type, consistent with the records. */
class ShippedDefinitionsTest {

    static final String SHIPPED = "../config/documents";

    @Test
    void loadsEveryDocumentTypeFromConfig() {
        DocumentDefinitions definitions = DocumentDefinitions.load(SHIPPED);

        assertThat(definitions.all()).extracting(DocumentDefinition::type).containsExactly(DocumentType.values());
        assertThat(definitions.all()).allSatisfy(d -> assertThat(d.fields()).isNotEmpty());
        assertThat(definitions.editLockTriggers()).containsExactlyInAnyOrder(DocumentType.UL040, DocumentType.UL050,
                DocumentType.UL150, DocumentType.UL160, DocumentType.UL290);
        DocumentDefinition si = definitions.definition(DocumentType.UL040);
        assertThat(si.ja()).isEqualTo("船積依頼書 (S/I)");
        assertThat(si.directions()).containsExactly(Direction.EXPORT);
        assertThat(si.field("vesselName").orElseThrow().ja()).as("taken from root.yml").isEqualTo("本船名");
        assertThat(si.field("vesselName").orElseThrow().maxLength()).isEqualTo(35);
        assertThat(si.sharedMarkers()).contains(
                new DocumentDefinition.SharedMarker("shipper", "/shipper", "shipper"),
                new DocumentDefinition.SharedMarker("containerNos", null, "goods[].containerNumbers"));
        assertThat(definitions.definition(DocumentType.UL290).directions()).containsExactly(Direction.IMPORT);
        assertThat(Arrays.stream(DocumentType.values()).map(definitions::definition))
                .allSatisfy(d -> assertThat(d.ja()).as(d.type() + " ja").isEqualTo(d.type().japaneseName()));
    }
}

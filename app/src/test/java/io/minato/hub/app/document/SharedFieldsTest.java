package io.minato.hub.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import org.junit.jupiter.api.Test;

/** The edit lock's shared fields come from the definitions' {@code shared} markers and root.yml's triggers. */
class SharedFieldsTest {

    private final SharedFields fields = SharedFields.of(DocumentDefinitions.load(DocumentDefinitions.DEFAULT_LOCATION));

    @Test
    void takesTheTriggersAndEachTypesPointersFromTheDefinitions() {
        assertThat(fields.triggers()).containsExactlyInAnyOrder(DocumentType.UL040, DocumentType.UL050,
                DocumentType.UL150, DocumentType.UL160, DocumentType.UL290);
        assertThat(fields.fieldsOf(DocumentType.UL010)).extracting(SharedFields.SharedField::name)
                .contains("vesselName", "portOfLoading", "shipper")
                .as("an estimate, not the cargo's weight").doesNotContain("totalGrossWeightKg");
        SharedFields.SharedField shipper = fields.fieldsOf(DocumentType.UL040).stream()
                .filter(field -> field.name().equals("shipper")).findFirst().orElseThrow();
        assertThat(shipper.pathIn(DocumentType.UL040)).contains("/shipper");
        assertThat(shipper.ja()).isEqualTo("荷送人 (荷主)");
        SharedFields.SharedField packages = fields.fieldsOf(DocumentType.UL150).stream()
                .filter(field -> field.name().equals("totalPackages")).findFirst().orElseThrow();
        assertThat(packages.pathIn(DocumentType.UL150)).as("the B/L's field of another name").contains("/packages");
    }

    @Test
    void leavesFieldsWithSeveralValuesPerDealToTheRootDocument() {
        assertThat(fields.fieldsOf(DocumentType.UL150)).extracting(SharedFields.SharedField::name)
                .doesNotContain("containerNos", "sealNos");
    }
}

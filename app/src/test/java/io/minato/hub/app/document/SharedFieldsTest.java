package io.minato.hub.app.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.document.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedFieldsTest {

    @Test
    void readsTheShippedListWithEveryTriggerOfCyberPort() throws IOException {
        SharedFields fields = SharedFields.parse("shared-fields.yml", shipped());

        assertThat(fields.triggers()).containsExactlyInAnyOrder(DocumentType.UL040, DocumentType.UL050,
                DocumentType.UL150, DocumentType.UL160, DocumentType.UL290);
        assertThat(fields.fieldsOf(DocumentType.UL010)).extracting(SharedFields.SharedField::name)
                .contains("vesselName", "portOfLoading", "shipperName");
        assertThat(fields.fieldsOf(DocumentType.UL040).stream()
                .filter(field -> field.name().equals("shipperName")).findFirst().orElseThrow()
                .pathIn(DocumentType.UL040)).contains("/shipper/name");
    }

    @Test
    void refusesAListNamingEveryBrokenPathAndCode() {
        String broken = """
                triggers: [UL040, UL999]
                fields:
                  vesselName:
                    ja: 船名
                    en: vessel name
                    paths: {UL010: /vesselNam, UL040: /vesselName}
                  goods:
                    ja: 品名
                    en: goods
                    paths: {UL040: /goods/first/description, UL010: /cargoDescription}
                  lonely:
                    ja: 単独
                    en: lonely
                    paths: {UL040: /voyageNo}
                """;

        assertThatThrownBy(() -> SharedFields.parse("broken.yml", broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken.yml")
                .hasMessageContaining("triggers: 'UL999' is not a document type code")
                .hasMessageContaining("fields.vesselName.paths.UL010: '/vesselNam': BookingRequest has no field 'vesselNam'")
                .hasMessageContaining("fields.goods.paths.UL040: '/goods/first/description': 'first' must be an index")
                .hasMessageContaining("fields.lonely.paths: a shared field needs its path in at least two document types");
    }

    @Test
    void refusesAPathIntoATypeWithoutTypedFields() {
        String text = """
                triggers: [UL040]
                fields:
                  vesselName: {ja: 船名, en: vessel name, paths: {UL040: /vesselName, UL300: /vesselName}}
                """;

        assertThatThrownBy(() -> SharedFields.parse("x.yml", text))
                .hasMessageContaining("fields.vesselName.paths.UL300: UL300 has no typed fields yet");
    }

    private static String shipped() throws IOException {
        try (InputStream in = SharedFieldsTest.class.getClassLoader().getResourceAsStream("documents/shared-fields.yml")) {
            assertThat(in).as("documents/shared-fields.yml on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

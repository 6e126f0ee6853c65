package io.minato.hub.mappings.document.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.document.DocumentType;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loading refuses unusable definitions, naming file, type, field path and what is wrong. */
class DocumentDefinitionsLoadTest {

    private static final String VALID_UL020 = """
              - {name: requestNo, ja: 依頼番号, en: Request number, type: text, maxLength: 35, required: true}
              - {name: vesselName, shared: vesselName}
              - {name: portOfLoading, shared: portOfLoading, required: true}
              - name: containers
                ja: コンテナ
                en: Containers
                type: repeat
                minOccurs: 1
                maxOccurs: 3
                fields:
                  - {name: containerNo, shared: containerNos, required: true}
            """;

    @Test
    void loadsAValidFolderWithSharedFieldsTakingTheRootsShape() {
        DocumentDefinitions definitions = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020).load();

        FieldDefinition vessel = definitions.definition(DocumentType.UL020).field("vesselName").orElseThrow();
        assertThat(vessel.type()).isEqualTo(FieldType.TEXT);
        assertThat(vessel.maxLength()).isEqualTo(35);
        assertThat(vessel.ja()).isEqualTo("本船名");
        assertThat(vessel.shared()).isEqualTo("vesselName");
        FieldDefinition containers = definitions.definition(DocumentType.UL020).field("containers").orElseThrow();
        assertThat(containers.minOccurs()).isEqualTo(1);
        assertThat(containers.required()).as("at least one row").isTrue();
        assertThat(containers.field("containerNo").orElseThrow().codes().pattern()).isEqualTo("[A-Z]{4}[0-9]{7}");
        assertThat(definitions.rootField("containerNos").orElseThrow().many()).isTrue();
    }

    @Test
    void refusesAnUnknownFieldTypeNamingFileTypeAndPath() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020 + """
                  - name: lines
                    ja: 明細
                    en: Lines
                    type: repeat
                    fields:
                      - {name: packages, ja: 個数, en: Packages, type: integer}
                """);

        assertThatThrownBy(files::load).isInstanceOf(InvalidDocumentDefinitionException.class)
                .hasMessageContaining("types/UL020.yml: UL020: lines[].packages: unknown field type 'integer'"
                        + " (expected one of text, code, number, date, datetime, boolean, party, group, repeat)");
    }

    @Test
    void refusesDuplicateFieldNames() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020
                + "  - {name: requestNo, ja: 番号, en: Number, type: text, maxLength: 10}\n");

        assertThatThrownBy(files::load)
                .hasMessageContaining("types/UL020.yml: UL020: requestNo: duplicate field name 'requestNo'");
    }

    @Test
    void refusesASharedNameRootYmlDoesNotHave() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020
                + "  - {name: voyage, shared: voyageNo}\n");

        assertThatThrownBy(files::load).hasMessageContaining("types/UL020.yml: UL020: voyage: shared: 'voyageNo' is"
                + " not a field of root.yml (it has vesselName, portOfLoading, containerNos)");
    }

    @Test
    void refusesASharedFieldWhoseTypeDiffersFromTheRootFields() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020
                + "  - {name: pol, shared: portOfLoading, type: text, maxLength: 5}\n"
                + "  - {name: vessel, shared: vesselName, type: text, maxLength: 20}\n");

        assertThatThrownBy(files::load)
                .hasMessageContaining("types/UL020.yml: UL020: pol: shared with root field 'portOfLoading' but its type"
                        + " is text and the root field's is code")
                .hasMessageContaining("types/UL020.yml: UL020: vessel: shared with root field 'vesselName' but it holds"
                        + " at most 20 characters and the root field 35");
    }

    @Test
    void refusesASingleValuedRootFieldSharedFromARepeat() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020 + """
                  - name: legs
                    ja: 区間
                    en: Legs
                    type: repeat
                    fields:
                      - {name: vesselName, shared: vesselName}
                """);

        assertThatThrownBy(files::load).hasMessageContaining("types/UL020.yml: UL020: legs[].vesselName: root field"
                + " 'vesselName' holds one value per deal; it cannot be shared from a repeat");
    }

    @Test
    void refusesMissingJapaneseOrEnglishNames() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020
                + "  - {name: remarks, en: Remarks, type: text, maxLength: 350}\n");

        assertThatThrownBy(files::load).hasMessageContaining(
                "types/UL020.yml: UL020: remarks: needs 'ja' and 'en', the names users read (missing: ja)");
    }

    @Test
    void refusesConstraintsOnTheWrongTypeAndMissingOnes() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020
                + "  - {name: weight, ja: 重量, en: Weight, type: number, maxLength: 10}\n"
                + "  - {name: note, ja: 注記, en: Note, type: text}\n"
                + "  - {name: unit, ja: 単位, en: Unit, type: code, codeList: units}\n");

        assertThatThrownBy(files::load)
                .hasMessageContaining("UL020: weight: 'maxLength' does not apply to a number field")
                .hasMessageContaining("UL020: weight: a number field needs 'scale'")
                .hasMessageContaining("UL020: note: a text field needs 'maxLength'")
                .hasMessageContaining("UL020: unit: codeList: 'units' is not in code-lists.yml");
    }

    @Test
    void refusesAMissingTypeFileAndARootFieldNoTypeShares() {
        DefinitionFiles files = new DefinitionFiles()
                .typeWithFields(DocumentType.UL020, "  - {name: requestNo, ja: 番号, en: Number, type: text, maxLength: 9}\n");

        assertThatThrownBy(() -> DocumentDefinitions.parse("test", file -> file.equals("code-lists.yml")
                        ? Optional.of(DefinitionFiles.CODE_LISTS) : Optional.empty(), EnumSet.of(DocumentType.UL030)))
                .hasMessageContaining("root.yml: missing")
                .hasMessageContaining("types/UL030.yml: missing (every document type needs its definition)");
        assertThatThrownBy(files::load)
                .hasMessageContaining("root.yml: fields.vesselName: no document type shares it")
                .hasMessageContaining("root.yml: editLock.triggers: UL020 shares no single-valued field");
    }

    @Test
    void refusesARecordBackedTypeWhoseFieldsDifferFromTheRecord() {
        DefinitionFiles files = new DefinitionFiles().typeWithFields(DocumentType.UL020, VALID_UL020)
                .typeWithFields(DocumentType.UL440, """
                  - {name: reportNo, ja: 報告番号, en: Report number, type: text, maxLength: 35}
                  - {name: bookingNumber, ja: ブッキング番号, en: Booking number, type: text, maxLength: 35, required: true}
                  - {name: carrierCode, ja: 船社, en: Carrier, type: code, codeList: scac}
                  - {name: vesselName, shared: vesselName}
                  - {name: voyageNo, ja: 航海番号, en: Voyage, type: date}
                  - name: containers
                    ja: コンテナ
                    en: Containers
                    type: repeat
                    minOccurs: 1
                    fields:
                      - {name: containerNo, shared: containerNos, required: true}
                      - {name: sizeType, ja: サイズタイプ, en: Size type, type: code, codeList: sizeType}
                      - {name: sealNo, ja: シール, en: Seal, type: text, maxLength: 35}
                      - {name: vgmKg, ja: VGM, en: VGM, type: number, scale: 3, required: true}
                      - {name: method, ja: 方法, en: Method, type: code, values: [SM1, SM3], required: true}
                      - {name: weighingDate, ja: 計量日, en: Weighed on, type: date, required: true}
                      - {name: responsibleParty, ja: 責任者, en: Responsible, type: party, required: true}
                      - {name: signatory, ja: 署名者, en: Signatory, type: text, maxLength: 35, required: true}
                """);

        assertThatThrownBy(files::load)
                .hasMessageContaining("types/UL440.yml: UL440: bookingNumber: not a field of the record VgmReport"
                        + " (it has reportNo, bookingNo, carrierCode, vesselName, voyageNo, containers)")
                .hasMessageContaining("types/UL440.yml: UL440: bookingNo: the record VgmReport has this field;"
                        + " the definition lacks it")
                .hasMessageContaining("types/UL440.yml: UL440: reportNo: the record requires a value")
                .hasMessageContaining("types/UL440.yml: UL440: voyageNo: the record holds a text or code here;"
                        + " the definition says date")
                .hasMessageContaining("types/UL440.yml: UL440: containers[].method: the record reads it as VgmMethod")
                .hasMessageContaining("(unknown: [SM3])");
    }

    @Test
    void readsThePrecedenceOfRootFieldsStrongestFirst() {
        DocumentDefinitions definitions = new DefinitionFiles()
                .with("root.yml", DefinitionFiles.ROOT.replace("fields:", "precedence:\n  vesselName: [COLINS, EDIFACT]\nfields:"))
                .typeWithFields(DocumentType.UL020, VALID_UL020).load();

        assertThat(definitions.rootPrecedence().of("vesselName"))
                .containsExactly(io.minato.hub.mappings.document.root.RootSource.COLINS,
                        io.minato.hub.mappings.document.root.RootSource.EDIFACT);
        assertThat(definitions.rootPrecedence().of("portOfLoading")).as("not listed: all equal").isEmpty();
    }

    @Test
    void refusesAPrecedenceNamingAnUnknownSourceOrAFieldWithSeveralValues() {
        DefinitionFiles files = new DefinitionFiles()
                .with("root.yml", DefinitionFiles.ROOT.replace("fields:",
                        "precedence:\n  vesselName: [COLINS, FAX]\n  containerNos: [EDIFACT]\n  voyage: [USER]\nfields:"))
                .typeWithFields(DocumentType.UL020, VALID_UL020);

        assertThatThrownBy(files::load).isInstanceOf(InvalidDocumentDefinitionException.class)
                .hasMessageContaining("root.yml: precedence.vesselName: 'FAX' is not a source")
                .hasMessageContaining("root.yml: precedence.containerNos: has several values per deal")
                .hasMessageContaining("root.yml: precedence.voyage: not a root field");
    }
}

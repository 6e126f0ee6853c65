package io.minato.hub.mappings.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.party.PartyReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documents a request fills are valid against the definitions shipped in config/documents. */
class TradeWaltzDocumentsTest {

    private static final DocumentDefinitions DEFINITIONS = DocumentDefinitions.load("../config/documents");

    @Test
    void anExportShippingRequestIsAValidShippingInstruction() {
        List<TradeWaltzDocument> documents = TradeWaltzDocuments.of(Requests.read(Requests.EXPORT));

        assertThat(documents).singleElement().extracting(TradeWaltzDocument::type).isEqualTo(DocumentType.UL040);
        ObjectNode si = documents.get(0).fields();
        assertThat(DEFINITIONS.validate(DocumentType.UL040, si)).isEmpty();
        assertThat(si.at("/shipper/name").asText()).isEqualTo("横浜商事株式会社");
        assertThat(si.at("/shipper/code").asText()).as("the NACCS code before the TradeWaltz id").isEqualTo("JP1234567890X");
        assertThat(si.at("/shipper/address").toString()).as("the city is in the address already")
                .isEqualTo("[\"横浜市中区海岸通1-1\",\"231-0002\"]");
        assertThat(si.at("/consignee/address").toString()).isEqualTo("[\"200 OCEAN BLVD\",\"LONG BEACH\"]");
        assertThat(si.get("exporterCode").asText()).isEqualTo("JP1234567890X");
        assertThat(si.get("bookingNo").asText()).isEqualTo("BKG1");
        assertThat(si.get("estimatedDeparture").asText()).isEqualTo("2026-06-02");
        assertThat(si.at("/goods/0/containerNumbers/0").asText()).isEqualTo("ONEU1234567");
        assertThat(si.at("/goods/1/measurementM3").isMissingNode()).as("absent, not null").isTrue();
        assertThat(si.at("/notifyParty/name").asText()).isEqualTo("SAME AS CONSIGNEE");
    }

    @Test
    void anImportHandlingRequestWithClearanceIsAHandlingRequestAndAnImportInstruction() {
        List<TradeWaltzDocument> documents = TradeWaltzDocuments.of(Requests.read(Requests.IMPORT));

        assertThat(documents).extracting(TradeWaltzDocument::type).containsExactly(DocumentType.UL280, DocumentType.UL270);
        ObjectNode handling = documents.get(0).fields();
        ObjectNode instruction = documents.get(1).fields();
        assertThat(DEFINITIONS.validate(DocumentType.UL280, handling)).isEmpty();
        assertThat(DEFINITIONS.validate(DocumentType.UL270, instruction)).isEmpty();
        assertThat(handling.get("requestNo").asText()).isEqualTo("TWR-IM-1");
        assertThat(handling.at("/consignee/name").asText()).isEqualTo("TOKYO IMPORT KK");
        assertThat(handling.get("cargoDescription").asText()).isEqualTo("COTTON T-SHIRTS 他1品目");
        assertThat(handling.get("totalPackages").asInt()).isEqualTo(320);
        assertThat(handling.get("totalGrossWeightKg").decimalValue()).isEqualByComparingTo("3250.25");
        assertThat(handling.get("packageUnit").asText()).isEqualTo("CT");
        assertThat(handling.get("containers").toString()).isEqualTo("[{\"containerNo\":\"TCLU7654321\"}]");
        assertThat(handling.at("/services/customsClearance").asBoolean()).isTrue();
        assertThat(handling.at("/services/storage").isMissingNode()).isTrue();
        assertThat(instruction.get("clearance").asText()).isEqualTo("IMPORT_DECLARATION");
        assertThat(instruction.at("/customsBroker/name").asText()).isEqualTo("MINATO FORWARDING CO., LTD.");
        assertThat(instruction.get("importerCode").asText()).isEqualTo("JPCN0001X");
        assertThat(instruction.get("instructions").asText()).isEqualTo("午前中配達希望");
    }

    @Test
    void anImportHandlingRequestWithoutClearanceIsAHandlingRequestOnly() {
        String request = Requests.IMPORT.replace("\"clearance\": \"IMPORT_DECLARATION\", ", "");

        assertThat(TradeWaltzDocuments.of(Requests.read(request))).extracting(TradeWaltzDocument::type)
                .containsExactly(DocumentType.UL280);
    }

    @Test
    void aBadCodeIsCaughtByTheDefinitionNotPassedOn() {
        ObjectNode si = TradeWaltzDocuments.of(Requests.read(Requests.EXPORT.replace("USLGB", "LONG BEACH"))).get(0).fields();

        assertThat(DEFINITIONS.validate(DocumentType.UL040, si)).singleElement()
                .satisfies(problem -> assertThat(problem.path()).isEqualTo("portOfDischarge"));
    }

    @Test
    void looksUpEachPartyInItsRoleByTradeWaltzIdThenNaccsCode() {
        List<TradeWaltzPartyRoles.NamedParty> export = TradeWaltzPartyRoles.of(Requests.read(Requests.EXPORT));
        List<TradeWaltzPartyRoles.NamedParty> imported = TradeWaltzPartyRoles.of(Requests.read(Requests.IMPORT));

        assertThat(export).extracting(TradeWaltzPartyRoles.NamedParty::role).containsExactly("CZ", "FW", "CN", "NI");
        List<PartyReference> exporter = export.get(0).lookups();
        assertThat(exporter).extracting(reference -> reference.identifier().describe())
                .containsExactly("TRADEWALTZ=TW-C-1", "NACCS=JP1234567890X");
        assertThat(exporter.get(0).city()).isEqualTo("横浜市");
        assertThat(export.get(2).lookups()).singleElement().satisfies(consignee -> {
            assertThat(consignee.identifier()).isNull();
            assertThat(consignee.name()).isEqualTo("PACIFIC IMPORTS INC.");
        });
        assertThat(imported).extracting(TradeWaltzPartyRoles.NamedParty::path, TradeWaltzPartyRoles.NamedParty::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("parties.importer", "CN"),
                        org.assertj.core.groups.Tuple.tuple("parties.forwarder", "FW"),
                        org.assertj.core.groups.Tuple.tuple("parties.exporter", "CZ"));
    }
}

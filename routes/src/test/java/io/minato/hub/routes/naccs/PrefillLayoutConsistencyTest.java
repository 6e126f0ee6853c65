package io.minato.hub.routes.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsBusiness;
import io.minato.hub.connectors.naccs.NaccsBusinessRegistry;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefills;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prefills (mappings) and layouts (config, read by the connectors codec) are written apart: every prefill
 * must produce keys its shipped layout has, values that fit its items in every charset NACCS mail uses,
 * and read only documents the registry says feed the business.
 */
class PrefillLayoutConsistencyTest {

    private static final NaccsLayouts LAYOUTS = NaccsLayouts.at(NaccsConfigurationTest.LAYOUTS.toString());
    private static final NaccsBusinessRegistry REGISTRY =
            NaccsBusinessRegistry.load(NaccsConfigurationTest.REGISTRY.toString());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Documents as the portal stores them (ISO dates), export and import side, with Japanese names. */
    private static final Map<DocumentType, String> DOCUMENTS = Map.of(
            DocumentType.UL040, """
                    {"shipper": {"code": "1234567890123", "name": "港湾物流株式会社", "address": ["東京都港区海岸1-1"],
                      "countryCode": "JP"},
                     "consignee": {"name": "SINGAPORE IMPORTS PTE LTD", "address": ["1 HARBOUR DRIVE"], "countryCode": "SG"},
                     "exporterCode": "1234567890123", "bookingNo": "BKG0012345", "carrierCode": "MAEU",
                     "vesselName": "EVER OCEAN", "voyageNo": "025E", "portOfLoading": "JPTYO", "portOfDischarge": "SGSIN",
                     "estimatedDeparture": "2025-04-10", "bondedAreaCode": "1AW01", "bondedAreaName": "東京CY",
                     "inHouseReference": "FWD-2025-0001", "exportControlNumber": "4AB1C2D3E4F5G6H7",
                     "customs": {"declarationNumber": "10012345670"},
                     "goods": [{"description": "自動車部品", "packages": 100, "packageUnit": "CT", "grossWeightKg": 2000.5,
                                "measurementM3": 10.25, "marks": "MTC", "containerNumbers": ["MSCU1234565"],
                                "hsCode": "870899"}]}""",
            DocumentType.UL050, """
                    {"bookingNo": "BKG0012345", "carrierCode": "MAEU", "vesselName": "EVER OCEAN", "voyageNo": "025E",
                     "portOfLoading": "JPTYO", "portOfDischarge": "SGSIN", "placeOfDelivery": "MYPKG",
                     "estimatedDeparture": "2025-04-11", "cargoCutOff": "2025-04-08", "cargoDescription": "自動車部品",
                     "grossWeightKg": 2000.5, "shipper": {"name": "港湾物流株式会社"},
                     "equipment": [{"sizeType": "22G1", "count": 1}]}""",
            DocumentType.UL440, """
                    {"reportNo": "VGM-1", "bookingNo": "BKG0012345", "containers": [{"containerNo": "MSCU1234565",
                     "sizeType": "22G1", "sealNo": "SL-001", "vgmKg": 4230.5, "method": "SM1",
                     "weighingDate": "2025-04-07", "signatory": "佐藤 太郎"}]}""",
            DocumentType.UL080, """
                    {"containerNo": "MSCU1234565", "sizeType": "22G1", "fullEmpty": "FULL", "seals": ["SL-001"],
                     "grossWeightKg": 4230.5, "movement": "GATE_IN", "occurredAt": "2025-04-08T09:30:00",
                     "terminal": "1AW01", "bookingNo": "BKG0012345"}""",
            DocumentType.UL100, """
                    {"invoiceNo": "INV-2025-042", "incoterms": "FOB", "currency": "USD", "totalAmount": 48250.75}""",
            DocumentType.UL290, """
                    {"blNo": "MAEU123456789", "shipper": {"name": "SHANGHAI EXPORT CO LTD", "address": ["88 PUDONG AVENUE"],
                      "countryCode": "CN"},
                     "consignee": {"code": "JP1234567890", "name": "港湾商事株式会社"}, "vesselName": "MAERSK KOBE",
                     "portOfLoading": "CNSHA", "portOfDischarge": "JPTYO", "estimatedArrival": "2025-05-02",
                     "cargoDescription": "冷凍えび", "packages": 600, "grossWeightKg": 18000.0,
                     "importDeclarationNumber": "20098765430",
                     "containers": [{"containerNo": "MSKU7654321", "fullEmpty": "FULL", "seals": ["CN-SEAL-1"]}]}""",
            DocumentType.UL150, """
                    {"blNo": "MAEU123456789", "vesselName": "MAERSK KOBE", "cargoDescription": "冷凍えび",
                     "containers": [{"containerNo": "MSKU7654321"}]}""");

    private static final DealDocuments DEAL = type -> Optional.ofNullable(DOCUMENTS.get(type))
            .map(json -> new SourceDocument(type.ordinal(), type, read(json)));

    static Stream<NaccsPrefill> prefills() {
        return NaccsPrefills.all().stream();
    }

    @ParameterizedTest
    @MethodSource("prefills")
    void prefillMatchesItsShippedLayoutAndRegistryEntry(NaccsPrefill prefill) {
        NaccsLayout layout = LAYOUTS.find(prefill.businessCode()).orElseThrow();
        NaccsBusiness business = REGISTRY.find(prefill.businessCode()).orElseThrow();
        List<String> items = layout.items().stream().map(LayoutItem::name).toList();

        Prefill result = prefill.prefill(DEAL, items);

        assertThat(business.layout()).isTrue();
        assertThat(business.feeds()).containsAll(prefill.feeds().stream().map(DocumentType::name).toList());
        assertThat(result.items()).isNotEmpty();
        assertThat(items).containsAll(result.notApplicable().keySet());
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("EUC-JP"), Charset.forName("Shift_JIS"))) {
            // encode rejects unknown keys, repetitions out of range and values longer than their item
            byte[] encoded = layout.encode(result.items(), charset);
            assertThat(layout.decode(encoded, charset)).isEqualTo(result.items());
        }
    }

    @Test
    void ecrFillsAtLeastEightyPercentOfItsApplicableItemsFromTheSi() {
        NaccsPrefill prefill = NaccsPrefills.find("ECR").orElseThrow();
        List<String> items = LAYOUTS.find("ECR").orElseThrow().items().stream().map(LayoutItem::name).toList();
        DealDocuments siOnly = type -> type == DocumentType.UL040 ? DEAL.latest(type) : Optional.empty();

        assertThat(prefill.prefill(siOnly, items).filledShare()).isGreaterThanOrEqualTo(0.8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.arrivalNotice;
import static io.minato.hub.mappings.naccs.PrefillFixtures.billOfLading;
import static io.minato.hub.mappings.naccs.PrefillFixtures.deal;
import static io.minato.hub.mappings.naccs.PrefillFixtures.document;
import static io.minato.hub.mappings.naccs.PrefillFixtures.invoice;
import static io.minato.hub.mappings.naccs.PrefillFixtures.layoutItems;
import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IDA, OLA/OLC and CYO from an import deal's arrival notice, B/L, EIR and invoice. */
class ImportPrefillsTest {

    private static final SourceDocument AN = document(29, DocumentType.UL290, arrivalNotice());
    private static final SourceDocument BL = document(15, DocumentType.UL150, billOfLading());

    @Test
    void idaTakesImporterAndConsignorFromTheArrivalNoticeAndTheInvoice() {
        Prefill ida = new IdaPrefill().prefill(deal(AN, BL, invoice(10)), layoutItems("IDA"));

        assertThat(ida.items()).containsEntry("importerCode", "JP1234567890")
                .containsEntry("importerName", "港湾商事株式会社")
                .containsEntry("consignorName", "SHANGHAI EXPORT CO LTD")
                .containsEntry("consignorAddress1", "88 PUDONG AVENUE")
                .containsEntry("consignorAddress2", "SHANGHAI")
                .containsEntry("consignorCountryCode", "CN")
                .containsEntry("billOfLadingNumber", "MAEU123456789")
                .containsEntry("totalPackages", "600")
                .containsEntry("totalGrossWeight", "18000")
                .containsEntry("weightUnit", "KGM")
                .containsEntry("vesselName", "MAERSK KOBE")
                .containsEntry("arrivalDate", "20250502")
                .containsEntry("portOfLoading", "CNSHA")
                .containsEntry("portOfDischarge", "JPTYO")
                .containsEntry("containerCount", "2")
                .containsEntry("invoiceCurrency", "USD")
                .containsEntry("goodsDescription[1]", "FROZEN SHRIMP")
                .doesNotContainKeys("consignorAddress3", "packageUnit", "goodsDescription[2]");
        assertThat(ida.sources().get("importerName")).hasToString("UL290#29 /consignee/name");
        assertThat(ida.sources().get("weightUnit")).hasToString("UL290#29 /grossWeightKg");
        assertThat(ida.sources().get("containerCount")).hasToString("UL290#29 count of /containers");
        assertThat(ida.notApplicable()).containsOnlyKeys("declarationNumber");
        assertThat(ida.unfilledItems()).contains("declarationKind", "customsOfficeCode", "bondedAreaCode",
                "hsCode", "packageUnit");
    }

    @Test
    void idaFallsBackToTheBillOfLadingWithoutAnArrivalNotice() {
        Prefill ida = new IdaPrefill().prefill(deal(BL), layoutItems("IDA"));

        assertThat(ida.items()).containsEntry("billOfLadingNumber", "MAEU123456789")
                .containsEntry("goodsDescription[1]", "FROZEN SHRIMP (B/L)")
                .doesNotContainKeys("arrivalDate", "invoiceNumber");
        assertThat(ida.sources().get("goodsDescription[1]")).hasToString("UL150#15 /cargoDescription");
    }

    @Test
    void bondedTransportMovesTheBillOfLadingsCargoAndContainers() {
        for (BondedTransportPrefill transport : List.of(BondedTransportPrefill.ola(), BondedTransportPrefill.olc())) {
            Prefill prefill = transport.prefill(deal(AN, BL), layoutItems(transport.businessCode()));

            assertThat(prefill.businessCode()).isEqualTo(transport.businessCode());
            assertThat(prefill.items()).containsEntry("vesselName", "MAERSK KOBE")
                    .containsEntry("arrivalDate", "20250502")
                    .containsEntry("billOfLadingNumber[1]", "MAEU123456789")
                    .containsEntry("packages[1]", "600")
                    .containsEntry("grossWeight[1]", "18000")
                    .containsEntry("goodsDescription[1]", "FROZEN SHRIMP")
                    .containsEntry("containerNumber[1]", "MSKU7654321")
                    .containsEntry("containerNumber[2]", "MSKU7654332")
                    .doesNotContainKeys("billOfLadingNumber[2]", "containerNumber[3]");
            assertThat(prefill.sources().get("containerNumber[2]")).hasToString("UL290#29 /containers/1/containerNo");
            assertThat(prefill.unfilledItems()).contains("departureBondedAreaCode", "destinationBondedAreaCode",
                    "transporterName", "transportDate", "packageUnit");
        }
    }

    @Test
    void cyoListsTheArrivalNoticeContainersWhenNoGateOutReceiptExists() {
        SourceDocument gateIn = document(80, DocumentType.UL080, receipt("GATE_IN"));

        Prefill cyo = CyPrefill.cyo().prefill(deal(AN, gateIn), layoutItems("CYO"));

        assertThat(cyo.items()).containsEntry("billOfLadingNumber", "MAEU123456789")
                .containsEntry("containerNumber[1]", "MSKU7654321").containsEntry("sealNumber[1]", "CN-SEAL-1")
                .containsEntry("fullEmpty[2]", "F").containsEntry("containerNumber[2]", "MSKU7654332")
                .doesNotContainKeys("carryOutDate", "bondedAreaCode");
        assertThat(cyo.sources().get("sealNumber[2]")).hasToString("UL290#29 /containers/1/seals/0");
    }

    @Test
    void cyoTakesTheGateOutReceiptButNotATerminalNameAsBondedAreaCode() {
        SourceDocument gateOut = document(81, DocumentType.UL080, receipt("GATE_OUT"));

        Prefill cyo = CyPrefill.cyo().prefill(deal(AN, gateOut), layoutItems("CYO"));

        assertThat(cyo.items()).containsEntry("carryOutDate", "20250503")
                .containsEntry("containerNumber[1]", "MSKU7654321")
                .containsEntry("fullEmpty[1]", "F")
                .containsEntry("billOfLadingNumber", "MAEU123456789")
                .doesNotContainKeys("bondedAreaCode", "containerNumber[2]");
        assertThat(cyo.sources().get("billOfLadingNumber")).hasToString("UL080#81 /blNo");
        assertThat(cyo.unfilledItems()).containsExactly("bondedAreaCode", "transporterCode");
    }

    private static EquipmentInterchangeReceipt receipt(String movement) {
        return new EquipmentInterchangeReceipt("MSKU7654321", "45R1", "FULL", List.of("CN-SEAL-1"),
                new BigDecimal("9000"), movement, LocalDateTime.of(2025, 5, 3, 14, 5), "JPTYO", "OHI TERMINAL",
                null, "MAEU123456789", "MAEU", null, null, "EIR-9");
    }
}

package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.bookingConfirmation;
import static io.minato.hub.mappings.naccs.PrefillFixtures.deal;
import static io.minato.hub.mappings.naccs.PrefillFixtures.document;
import static io.minato.hub.mappings.naccs.PrefillFixtures.gateIn;
import static io.minato.hub.mappings.naccs.PrefillFixtures.invoice;
import static io.minato.hub.mappings.naccs.PrefillFixtures.layoutItems;
import static io.minato.hub.mappings.naccs.PrefillFixtures.shippingInstruction;
import static io.minato.hub.mappings.naccs.PrefillFixtures.vgm;
import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import org.junit.jupiter.api.Test;

/** EDA, VAN, VAE and CYA from an export deal's S/I, booking confirmation, VGM, EIR and invoice. */
class ExportPrefillsTest {

    private static final SourceDocument SI = document(41, DocumentType.UL040, shippingInstruction());
    private static final SourceDocument BC = document(50, DocumentType.UL050, bookingConfirmation());
    private static final SourceDocument VGM = document(44, DocumentType.UL440, vgm());
    private static final SourceDocument INVOICE = invoice(10);

    @Test
    void edaTakesTheCargoAsEcrDoesAndOneDeclarationLinePerGoodsLine() {
        Prefill eda = new EdaPrefill().prefill(deal(SI, BC, INVOICE), layoutItems("EDA"));

        assertThat(eda.items()).containsEntry("exporterCode", "1234567890123")
                .containsEntry("exporterName", "MINATO TRADING CO LTD")
                .containsEntry("consigneeName", "SINGAPORE IMPORTS PTE LTD")
                .containsEntry("consigneeAddress1", "1 HARBOUR DRIVE")
                .containsEntry("consigneeAddress2", "SINGAPORE 098632")
                .containsEntry("consigneeCountryCode", "SG")
                .containsEntry("bondedAreaCode", "1AW01")
                .containsEntry("exportControlNumber", "4AB1C2D3E4F5G6H7")
                .containsEntry("totalPackages", "140")
                .containsEntry("packageUnit", "CT")
                .containsEntry("totalGrossWeight", "2900.5")
                .containsEntry("weightUnit", "KGM")
                .containsEntry("marks", "MTC MTC 2")
                .containsEntry("portOfLoading", "TYO")
                .containsEntry("finalDestinationCode", "SGSIN")
                .containsEntry("vesselName", "EVER OCEAN")
                .containsEntry("departureDate", "20250410")
                .containsEntry("containerCount", "3")
                .containsEntry("invoiceNumber", "INV-2025-042")
                .containsEntry("invoiceCondition", "FOB")
                .containsEntry("invoiceCurrency", "USD")
                .containsEntry("invoiceAmount", "48250.75")
                .containsEntry("hsCode[1]", "870899").containsEntry("goodsDescription[1]", "AUTO PARTS")
                .containsEntry("hsCode[2]", "870830").containsEntry("goodsDescription[2]", "BRAKE PADS")
                .doesNotContainKeys("hsCode[3]", "declarationNumber", "customsOfficeCode");
        assertThat(eda.sources().get("exporterName")).hasToString("UL040#41 /shipper/name");
        assertThat(eda.sources().get("portOfLoading")).hasToString("UL040#41 /portOfLoading");
        assertThat(eda.sources().get("exportControlNumber")).hasToString("UL040#41 /exportControlNumber");
        assertThat(eda.sources().get("invoiceAmount")).hasToString("UL100#10 /totalAmount");
        assertThat(eda.sources().get("goodsDescription[2]")).hasToString("UL040#41 /goods/1/description");
        assertThat(eda.notApplicable()).containsOnlyKeys("declarationNumber");
        assertThat(eda.unfilledItems()).contains("declarationKind", "customsOfficeCode", "customsDepartmentCode")
                .doesNotContain("declarationNumber", "exporterName");
        assertThat(eda.filledShare()).isEqualTo((double) eda.filledItems().size() / (layoutItems("EDA").size() - 1));
    }

    @Test
    void edaTakesTheDepartureFromTheBookingConfirmationWhenTheSiHasNoneAndSkipsForeignPorts() {
        ShippingInstruction plain = shippingInstruction();
        ShippingInstruction si = new ShippingInstruction(plain.shipper(), plain.consignee(), null, null, "BKG0012345",
                "MAEU", "EVER OCEAN", "025E", "KRPUS", "SGSIN", null, null, null, null, null, plain.goods(), null);

        Prefill eda = new EdaPrefill().prefill(deal(document(7, DocumentType.UL040, si), BC), layoutItems("EDA"));

        assertThat(eda.items()).containsEntry("departureDate", "20250411").doesNotContainKeys("portOfLoading",
                "exportControlNumber", "exporterCode", "invoiceNumber");
        assertThat(eda.sources().get("departureDate")).hasToString("UL050#50 /estimatedDeparture");
    }

    @Test
    void vanRegistersTheFirstContainerWithItsVgmAndTheCargoStuffedInIt() {
        Prefill van = new VanPrefill().prefill(deal(SI, BC, VGM), layoutItems("VAN"));

        assertThat(van.items()).containsEntry("containerNumber", "MSCU1234565")
                .containsEntry("containerSizeType", "22G1")
                .containsEntry("sealNumber[1]", "SL-001")
                .containsEntry("verifiedGrossMass", "4230.5")
                .containsEntry("weightUnit", "KGM")
                .containsEntry("bookingNumber", "BKG0012345")
                .containsEntry("voyageNumber", "025E")
                .containsEntry("portOfDischarge", "SGSIN")
                .containsEntry("exportControlNumber[1]", "4AB1C2D3E4F5G6H7")
                .containsEntry("packages[1]", "100")
                .containsEntry("packageUnit[1]", "CT")
                .containsEntry("grossWeight[1]", "2000.5")
                .containsEntry("inHouseReference", "FWD-2025-0001");
        assertThat(van.sources().get("containerNumber")).hasToString("UL040#41 /goods/*/containerNumbers (first)");
        // the VGM lists MSCU1234565 second: the entry is found by number, not position
        assertThat(van.sources().get("verifiedGrossMass")).hasToString("UL440#44 /containers/1/vgmKg");
        assertThat(van.sources().get("bookingNumber")).hasToString("UL050#50 /bookingNo");
        assertThat(van.unfilledItems()).containsExactlyInAnyOrder("vesselCode", "fullEmpty", "vanningPlaceCode",
                "vanningDate");
    }

    @Test
    void vaeListsEveryContainerAndLeavesTheSplitOfASpreadGoodsLineToTheUser() {
        Prefill vae = new VaePrefill().prefill(deal(SI, VGM), layoutItems("VAE"));

        assertThat(vae.items()).containsEntry("exportControlNumber", "4AB1C2D3E4F5G6H7")
                .containsEntry("bookingNumber", "BKG0012345")
                .containsEntry("containerNumber[1]", "MSCU1234565")
                .containsEntry("containerNumber[2]", "TGHU7654321")
                .containsEntry("containerNumber[3]", "TGHU7654332")
                .containsEntry("packages[1]", "100")
                .containsEntry("grossWeight[1]", "2000.5")
                .containsEntry("containerSizeType[2]", "45G1")
                .containsEntry("sealNumber[2]", "SL-002")
                .containsEntry("verifiedGrossMass[2]", "8450")
                .doesNotContainKeys("packages[2]", "packages[3]", "grossWeight[2]", "verifiedGrossMass[3]",
                        "containerNumber[4]");
        assertThat(vae.sources().get("bookingNumber")).hasToString("UL040#41 /bookingNo");
        assertThat(vae.sources().get("sealNumber[2]")).hasToString("UL440#44 /containers/0/sealNo");
    }

    @Test
    void cyaTakesTheGateInReceiptOfTheTerminal() {
        SourceDocument eir = document(80, DocumentType.UL080, gateIn());

        Prefill cya = CyPrefill.cya().prefill(deal(SI, BC, VGM, eir), layoutItems("CYA"));

        assertThat(cya.items()).containsEntry("bondedAreaCode", "1AW01")
                .containsEntry("carryInDate", "20250408")
                .containsEntry("containerNumber[1]", "MSCU1234565")
                .containsEntry("containerSizeType[1]", "22G1")
                .containsEntry("fullEmpty[1]", "F")
                .containsEntry("sealNumber[1]", "SL-001")
                .containsEntry("grossWeight[1]", "4230.5")
                .containsEntry("bookingNumber", "BKG0012345")
                .containsEntry("voyageNumber", "025E")
                .doesNotContainKey("containerNumber[2]");
        assertThat(cya.sources().get("carryInDate")).hasToString("UL080#80 /occurredAt");
        assertThat(cya.unfilledItems()).containsExactly("vesselCode");
    }

    @Test
    void cyaWithoutAGateReceiptListsTheSiContainersWithTheirVgm() {
        Prefill cya = CyPrefill.cya().prefill(deal(SI, VGM), layoutItems("CYA"));

        assertThat(cya.items()).containsEntry("containerNumber[3]", "TGHU7654332")
                .containsEntry("grossWeight[1]", "4230.5")
                .containsEntry("containerSizeType[2]", "45G1")
                .doesNotContainKeys("bondedAreaCode", "carryInDate", "fullEmpty[1]");
    }
}

package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.bookingConfirmation;
import static io.minato.hub.mappings.naccs.PrefillFixtures.deal;
import static io.minato.hub.mappings.naccs.PrefillFixtures.document;
import static io.minato.hub.mappings.naccs.PrefillFixtures.layoutItems;
import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import org.junit.jupiter.api.Test;

class BkrPrefillTest {

    @Test
    void registersTheBookingAsTheCarrierConfirmedIt() {
        Prefill bkr = new BkrPrefill().prefill(deal(document(50, DocumentType.UL050, bookingConfirmation())),
                layoutItems("BKR"));

        assertThat(bkr.items()).containsEntry("bookingNumber", "BKG0012345")
                .containsEntry("carrierCode", "MAEU")
                .containsEntry("vesselName", "EVER OCEAN")
                .containsEntry("voyageNumber", "025E")
                .containsEntry("departureDate", "20250411")
                .containsEntry("portOfLoading", "JPTYO")
                .containsEntry("portOfDischarge", "SGSIN")
                .containsEntry("finalDestinationCode", "MYPKG")
                .containsEntry("shipperCode", "1234567890123")
                .containsEntry("shipperName", "MINATO TRADING CO LTD")
                .containsEntry("goodsDescription", "AUTO PARTS")
                .containsEntry("totalGrossWeight", "2900.5")
                .containsEntry("weightUnit", "KGM")
                .containsEntry("cargoCutOffDate", "20250408")
                .containsEntry("containerSizeType[1]", "22G1").containsEntry("containerQuantity[1]", "1")
                .containsEntry("containerSizeType[2]", "45G1").containsEntry("containerQuantity[2]", "2");
        assertThat(bkr.sources().get("containerQuantity[2]")).hasToString("UL050#50 /equipment/1/count");
        assertThat(bkr.notApplicable()).containsOnlyKeys("dangerousGoodsCode");
        assertThat(bkr.unfilledItems()).containsExactly("vesselCode", "forwarderCode", "totalPackages",
                "packageUnit", "remarks");
        assertThat(bkr.filledShare()).isEqualTo(16.0 / 21);
    }

    @Test
    void aDangerousGoodsBookingMakesTheUnNumberApplicable() {
        Prefill bkr = new BkrPrefill().prefill(deal(document(50, DocumentType.UL050, bookingConfirmation()),
                new SourceDocument(20, DocumentType.UL020,
                        PrefillFixtures.JSON.createObjectNode())), layoutItems("BKR"));

        assertThat(bkr.notApplicable()).isEmpty();
        assertThat(bkr.unfilledItems()).contains("dangerousGoodsCode");
    }
}

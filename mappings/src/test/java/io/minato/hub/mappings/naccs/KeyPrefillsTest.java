package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.arrivalNotice;
import static io.minato.hub.mappings.naccs.PrefillFixtures.arrivalNoticeWithDeclarationNumber;
import static io.minato.hub.mappings.naccs.PrefillFixtures.bookingConfirmation;
import static io.minato.hub.mappings.naccs.PrefillFixtures.deal;
import static io.minato.hub.mappings.naccs.PrefillFixtures.document;
import static io.minato.hub.mappings.naccs.PrefillFixtures.layoutItems;
import static io.minato.hub.mappings.naccs.PrefillFixtures.shippingInstruction;
import static io.minato.hub.mappings.naccs.PrefillFixtures.shippingInstructionWithNaccsNumbers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefills;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import org.junit.jupiter.api.Test;

/** Call-ups, declarations of registered items and inquiries, keyed by numbers the deal's documents carry. */
class KeyPrefillsTest {

    private static final SourceDocument SI = shippingInstructionWithNaccsNumbers(41);
    private static final SourceDocument BC = document(50, DocumentType.UL050, bookingConfirmation());
    private static final SourceDocument AN = arrivalNoticeWithDeclarationNumber(29);

    private static Prefill prefill(String code, DealDocuments deal) {
        return NaccsPrefills.find(code).orElseThrow().prefill(deal, layoutItems(code));
    }

    @Test
    void declarationsAndCallUpsTakeTheNumbersNaccsReturnedAsRecordedInTheDocuments() {
        assertThat(prefill("ECR11", deal(SI)).items()).containsExactly(entry("exportControlNumber", "4AB1C2D3E4F5G6H7"));
        assertThat(prefill("EDC", deal(SI)).items()).containsExactly(entry("declarationNumber", "10012345670"));
        assertThat(prefill("IEX", deal(SI)).sources().get("declarationNumber"))
                .hasToString("UL040#41 /customs/declarationNumber");
        assertThat(prefill("IDC", deal(AN)).items()).containsExactly(entry("declarationNumber", "20098765430"));
        assertThat(prefill("IID", deal(AN)).sources().get("declarationNumber"))
                .hasToString("UL290#29 /importDeclarationNumber");
        assertThat(prefill("EDC", deal(SI)).filledShare()).isEqualTo(1.0);
    }

    @Test
    void fillsNothingBeforeNaccsAssignedTheNumber() {
        SourceDocument plainSi = document(41, DocumentType.UL040, shippingInstruction()
                .withExportControlNumber(null));

        Prefill edc = prefill("EDC", deal(plainSi));

        assertThat(edc.items()).isEmpty();
        assertThat(edc.unfilledItems()).containsExactly("declarationNumber");
        assertThat(prefill("ECR11", deal(plainSi)).filledShare()).isZero();
    }

    @Test
    void cargoInquiryTakesOneKeyTheBillOfLadingBeforeTheBooking() {
        SourceDocument an = document(29, DocumentType.UL290, arrivalNotice());

        Prefill imported = prefill("ICG", deal(an, BC));
        Prefill exported = prefill("ICG", deal(SI, BC));

        assertThat(imported.items()).containsExactly(entry("billOfLadingNumber", "MAEU123456789"));
        assertThat(imported.notApplicable()).containsOnlyKeys("bookingNumber", "exportControlNumber", "containerNumber")
                .containsEntry("bookingNumber", "ICG is keyed by one item and billOfLadingNumber is given");
        assertThat(imported.filledShare()).isEqualTo(1.0);
        assertThat(exported.items()).containsExactly(entry("bookingNumber", "BKG0012345"));
        assertThat(exported.sources().get("bookingNumber")).hasToString("UL050#50 /bookingNo");
    }

    @Test
    void containerAndVesselInquiriesTakeTheFirstContainerAndTheVesselName() {
        assertThat(prefill("ICN", deal(SI)).items()).containsExactly(entry("containerNumber", "MSCU1234565"));
        assertThat(prefill("ICN", deal(AN)).items()).containsExactly(entry("containerNumber", "MSKU7654321"));
        Prefill ivk = prefill("IVK", deal(SI, BC));
        assertThat(ivk.items()).containsExactly(entry("vesselName", "EVER OCEAN"));
        assertThat(ivk.sources().get("vesselName")).hasToString("UL050#50 /vesselName");
        assertThat(ivk.unfilledItems()).containsExactly("vesselCode");
    }
}

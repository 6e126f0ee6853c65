package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.naccs.PrefillFixtures.bookingConfirmation;
import static io.minato.hub.mappings.naccs.PrefillFixtures.document;
import static io.minato.hub.mappings.naccs.PrefillFixtures.gateIn;
import static io.minato.hub.mappings.naccs.PrefillFixtures.layoutRepeats;
import static io.minato.hub.mappings.naccs.PrefillFixtures.vgm;
import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefills;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaccsPrefillsTest {

    /** Every document a prefill reads, export and import side, so that every prefill fills what it can. */
    static final DealDocuments EVERYTHING = PrefillFixtures.deal(
            PrefillFixtures.shippingInstructionWithNaccsNumbers(41),
            document(50, DocumentType.UL050, bookingConfirmation()), document(44, DocumentType.UL440, vgm()),
            document(80, DocumentType.UL080, gateIn()), PrefillFixtures.invoice(10),
            PrefillFixtures.arrivalNoticeWithDeclarationNumber(29),
            document(15, DocumentType.UL150, PrefillFixtures.billOfLading()));

    @Test
    void coversTheSupportedBusinessesOnce() {
        assertThat(NaccsPrefills.all()).extracting(NaccsPrefill::businessCode).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder("ECR", "ECR11", "EDA", "EDC", "BKR", "VAN", "VAE", "CYA", "CYO", "IDA",
                        "IDC", "OLA", "OLC", "ICG", "ICN", "IEX", "IID", "IVK");
        assertThat(NaccsPrefills.find("EDA  ")).containsInstanceOf(EdaPrefill.class);
        assertThat(NaccsPrefills.find("IAL")).isEmpty();
    }

    @Test
    void fillsOnlyItemsAndRepetitionsItsLayoutFileHas() {
        for (NaccsPrefill prefill : NaccsPrefills.all()) {
            Map<String, Integer> repeats = layoutRepeats(prefill.businessCode());
            Prefill result = prefill.prefill(EVERYTHING, List.copyOf(repeats.keySet()));

            assertThat(result.items()).as(prefill.businessCode()).isNotEmpty();
            assertThat(result.items().keySet()).as(prefill.businessCode()).allSatisfy(key -> {
                String name = PrefillBuilder.itemName(key);
                assertThat(repeats).containsKey(name);
                if (repeats.get(name) > 1) {
                    assertThat(key).matches(name + "\\[\\d+]");
                    int repeat = Integer.parseInt(key.substring(name.length() + 1, key.length() - 1));
                    assertThat(repeat).isBetween(1, repeats.get(name));
                } else {
                    assertThat(key).isEqualTo(name);
                }
            });
            assertThat(repeats.keySet()).as(prefill.businessCode()).containsAll(result.notApplicable().keySet());
            assertThat(result.sources().values()).allSatisfy(source ->
                    assertThat(prefill.feeds()).as(prefill.businessCode()).contains(source.documentType()));
        }
    }
}

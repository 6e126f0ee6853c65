package io.minato.hub.mappings.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EcrPrefillTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** Item names as the shipped layout file lists them (first word of each item line). */
    static List<String> layoutItems(String code) throws IOException {
        return PrefillFixtures.layoutItems(code);
    }

    private static DealDocuments dealWith(SourceDocument... documents) {
        return type -> List.of(documents).stream().filter(document -> document.type() == type).findFirst();
    }

    private static SourceDocument shippingInstruction() {
        return new SourceDocument(41, DocumentType.UL040, JSON.valueToTree(EcrMapperTest.si(List.of(
                EcrMapperTest.line("AUTO PARTS", 100, "CT", "2000.5", "10.25", "MTC", "MSCU1234565")), null)));
    }

    @Test
    void fillsAtLeastEightyPercentOfTheApplicableEcrItemsFromTheSi() throws IOException {
        Prefill prefill = new EcrPrefill().prefill(dealWith(shippingInstruction()), layoutItems("ECR"));

        assertThat(prefill.filledShare()).isGreaterThanOrEqualTo(0.8);
        assertThat(prefill.unfilledItems()).containsExactly("vesselCode", "finalDestinationName");
        assertThat(prefill.notApplicable()).containsOnlyKeys("dangerousGoodsCode");
        assertThat(prefill.items()).containsEntry("exporterName", "MINATO TRADING CO LTD")
                .containsEntry("consigneeName", "SINGAPORE IMPORTS PTE LTD")
                .containsEntry("consigneeCountryCode", "SG")
                .containsEntry("containerNumber[1]", "MSCU1234565");
        assertThat(prefill.sources().get("exporterName")).hasToString("UL040#41 /shipper/name");
        assertThat(prefill.sources().get("consigneeName")).hasToString("UL040#41 /consignee/name");
        assertThat(prefill.sources().get("containerNumber[1]").pointer()).isEqualTo("/goods/*/containerNumbers");
    }

    @Test
    void aDangerousGoodsDeclarationMakesTheUnNumberApplicable() throws IOException {
        SourceDocument declaration = new SourceDocument(42, DocumentType.UL030, JSON.createObjectNode());

        Prefill prefill = new EcrPrefill().prefill(dealWith(shippingInstruction(), declaration), layoutItems("ECR"));

        assertThat(prefill.unfilledItems()).contains("dangerousGoodsCode");
        assertThat(prefill.notApplicable()).isEmpty();
    }

    @Test
    void fillsNothingWithoutAnSi() throws IOException {
        Prefill prefill = new EcrPrefill().prefill(type -> Optional.empty(), layoutItems("ECR"));

        assertThat(prefill.items()).isEmpty();
        assertThat(prefill.filledShare()).isZero();
        assertThat(prefill.unfilledItems()).hasSize(layoutItems("ECR").size());
    }
}

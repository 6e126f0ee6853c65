package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL040;
import static io.minato.hub.mappings.document.DocumentType.UL050;
import static io.minato.hub.mappings.document.DocumentType.UL440;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.key;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.util.List;

/**
 * VAN (バンニング情報登録(コンテナ単位)): one container and the export cargo in it, from the S/I (UL040) and
 * the VGM report (UL440). VAN is sent once per container; the prefill is for the deal's first container
 * (a deal with several containers registers them per export control number with VAE, or VAN for each).
 */
public final class VanPrefill implements NaccsPrefill {

    @Override
    public String businessCode() {
        return "VAN";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL040, UL440, UL050);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        SourceDocument si = builder.document(UL040).orElse(null);
        List<String> containers = si == null ? List.of() : Containers.ofShippingInstruction(si);
        if (!containers.isEmpty()) {
            builder.put("containerNumber", containers.get(0), si.at("/goods/*/containerNumbers (first)"));
        } else {
            builder.text("containerNumber", field(UL440, "/containers/0/containerNo"));
        }
        builder.text("bookingNumber", DealFields.of(DealFields.BOOKING_NUMBER));
        builder.text("voyageNumber", field(UL050, "/voyageNo"), field(UL040, "/voyageNo"));
        builder.text("portOfDischarge", field(UL040, "/portOfDischarge"), field(UL050, "/portOfDischarge"));
        builder.text("inHouseReference", field(UL040, "/inHouseReference"));
        builder.text(key("exportControlNumber", 1), DealFields.of(DealFields.EXPORT_CONTROL_NUMBER));
        if (builder.filled("containerNumber")) {
            String container = builder.value("containerNumber");
            Vanning.fromVgm(builder, container, "containerSizeType", key("sealNumber", 1), "verifiedGrossMass");
            if (builder.filled("verifiedGrossMass")) {
                builder.put("weightUnit", PrefillBuilder.KILOGRAMS, builder.source("verifiedGrossMass"));
            }
            if (si != null) {
                Vanning.cargo(builder, si, container, key("packages", 1), key("packageUnit", 1), key("grossWeight", 1));
            }
        }
        return builder.build(layoutItems);
    }
}

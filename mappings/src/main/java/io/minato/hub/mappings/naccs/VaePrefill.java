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
 * VAE (バンニング情報登録(輸出管理番号単位)): the export cargo registered by ECR and every container it is
 * stuffed in, from the S/I (UL040) and the VGM report (UL440): one deal, one export control number.
 */
public final class VaePrefill implements NaccsPrefill {

    @Override
    public String businessCode() {
        return "VAE";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL040, UL440, UL050);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        builder.text("exportControlNumber", DealFields.of(DealFields.EXPORT_CONTROL_NUMBER));
        builder.text("bookingNumber", DealFields.of(DealFields.BOOKING_NUMBER));
        builder.text("inHouseReference", field(UL040, "/inHouseReference"));
        builder.document(UL040).ifPresent(si -> containers(builder, si));
        if (!builder.filled(key("containerNumber", 1))) {
            Containers.each(builder, "containerNumber", "/containerNo", field(UL440, "/containers"));
        }
        for (int repeat = 1; builder.filled(key("containerNumber", repeat)); repeat++) {
            Vanning.fromVgm(builder, builder.value(key("containerNumber", repeat)), key("containerSizeType", repeat),
                    key("sealNumber", repeat), key("verifiedGrossMass", repeat));
        }
        return builder.build(layoutItems);
    }

    private static void containers(PrefillBuilder builder, SourceDocument si) {
        List<String> containers = Containers.ofShippingInstruction(si);
        for (int i = 0; i < containers.size(); i++) {
            int repeat = i + 1;
            builder.put(key("containerNumber", repeat), containers.get(i), si.at("/goods/*/containerNumbers"));
            Vanning.cargo(builder, si, containers.get(i), key("packages", repeat), key("packageUnit", repeat),
                    key("grossWeight", repeat));
        }
    }
}

package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL010;
import static io.minato.hub.mappings.document.DocumentType.UL020;
import static io.minato.hub.mappings.document.DocumentType.UL030;
import static io.minato.hub.mappings.document.DocumentType.UL050;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import java.util.List;

/**
 * BKR (ブッキング情報登録): the carrier's booking as its confirmation (UL050) states it, the booking request
 * (UL010) filling what the confirmation leaves out.
 */
public final class BkrPrefill implements NaccsPrefill {

    @Override
    public String businessCode() {
        return "BKR";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL050, UL010);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        builder.text("bookingNumber", field(UL050, "/bookingNo"));
        builder.text("carrierCode", booking("/carrierCode"));
        builder.text("vesselName", booking("/vesselName"));
        builder.text("voyageNumber", booking("/voyageNo"));
        builder.date("departureDate", field(UL050, "/estimatedDeparture"), field(UL010, "/earliestDeparture"));
        builder.text("portOfLoading", booking("/portOfLoading"));
        builder.text("portOfDischarge", booking("/portOfDischarge"));
        builder.text("finalDestinationCode", field(UL050, "/placeOfDelivery"), field(UL010, "/placeOfDelivery"));
        builder.text("shipperCode", booking("/shipper/code"));
        builder.text("shipperName", booking("/shipper/name"));
        builder.text("goodsDescription", booking("/cargoDescription"));
        if (builder.fill("totalGrossWeight", PrefillBuilder::number, booking("/grossWeightKg"))) {
            builder.put("weightUnit", PrefillBuilder.KILOGRAMS, builder.source("totalGrossWeight"));
        }
        builder.date("cargoCutOffDate", field(UL050, "/cargoCutOff"));
        Containers.each(builder, "containerSizeType", "/sizeType", booking("/equipment"));
        Containers.each(builder, "containerQuantity", "/count", booking("/equipment"));
        if (builder.document(UL020).isEmpty() && builder.document(UL030).isEmpty()) {
            builder.notApplicable("dangerousGoodsCode", "no dangerous-goods booking request (UL020) or declaration"
                    + " (UL030) on the deal");
        }
        return builder.build(layoutItems);
    }

    private static Field[] booking(String pointer) {
        return new Field[] {field(UL050, pointer), field(UL010, pointer)};
    }
}

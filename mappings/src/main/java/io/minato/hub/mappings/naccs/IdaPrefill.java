package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL100;
import static io.minato.hub.mappings.document.DocumentType.UL150;
import static io.minato.hub.mappings.document.DocumentType.UL160;
import static io.minato.hub.mappings.document.DocumentType.UL290;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import java.util.List;

/**
 * IDA (輸入申告事項登録, import declaration registration) from the arrival notice (UL290), else the B/L or
 * sea waybill (UL150/UL160), and the commercial invoice (UL100, read as {@code /invoiceNo},
 * {@code /incoterms}, {@code /currency}, {@code /totalAmount}). The importer is the consignee, the
 * consignor (仕出人) the shipper; the transport documents give one cargo description, so one line.
 */
public final class IdaPrefill implements NaccsPrefill {

    @Override
    public String businessCode() {
        return "IDA";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL290, UL150, UL160, UL100);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        builder.notApplicable("declarationNumber", "NACCS assigns the declaration number on registration");
        builder.text("importerCode", transport("/consignee/code"));
        builder.text("importerName", transport("/consignee/name"));
        builder.text("consignorName", transport("/shipper/name"));
        builder.text("consignorCountryCode", transport("/shipper/countryCode"));
        for (int line = 0; line < 4; line++) {
            builder.text("consignorAddress" + (line + 1), transport("/shipper/address/" + line));
        }
        builder.text("billOfLadingNumber", DealFields.of(DealFields.BILL_OF_LADING_NUMBER));
        builder.fill("totalPackages", PrefillBuilder::number, transport("/packages"));
        if (builder.fill("totalGrossWeight", PrefillBuilder::number, transport("/grossWeightKg"))) {
            builder.put("weightUnit", PrefillBuilder.KILOGRAMS, builder.source("totalGrossWeight"));
        }
        builder.text("vesselName", transport("/vesselName"));
        builder.date("arrivalDate", field(UL290, "/estimatedArrival"));
        builder.text("portOfLoading", transport("/portOfLoading"));
        builder.text("portOfDischarge", transport("/portOfDischarge"));
        Containers.count(builder, "containerCount", transport("/containers"));
        builder.text("invoiceNumber", field(UL100, "/invoiceNo"));
        builder.text("invoiceCondition", field(UL100, "/incoterms"));
        builder.text("invoiceCurrency", field(UL100, "/currency"));
        builder.fill("invoiceAmount", PrefillBuilder::number, field(UL100, "/totalAmount"));
        builder.text(PrefillBuilder.key("goodsDescription", 1), transport("/cargoDescription"));
        return builder.build(layoutItems);
    }

    /** The A/N first: it is the latest word of the carrier on an arriving shipment. */
    static Field[] transport(String pointer) {
        return new Field[] {field(UL290, pointer), field(UL150, pointer), field(UL160, pointer)};
    }
}

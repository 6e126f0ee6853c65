package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL040;
import static io.minato.hub.mappings.document.DocumentType.UL050;
import static io.minato.hub.mappings.document.DocumentType.UL100;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.util.List;
import java.util.Set;

/**
 * EDA (輸出申告事項登録, export declaration registration) from the S/I (UL040), the booking confirmation
 * (UL050) and the commercial invoice (UL100). The cargo items EDA shares with ECR come as ECR takes them,
 * so the declaration and the registered cargo agree; one declaration line per S/I goods line.
 *
 * <p>The invoice has no typed record: its fields are read as {@code /invoiceNo}, {@code /incoterms},
 * {@code /currency} and {@code /totalAmount}.
 */
public final class EdaPrefill implements NaccsPrefill {

    /** Items EDA takes exactly as ECR does (same name, same meaning, same length). */
    private static final Set<String> FROM_ECR = Set.of("exporterCode", "exporterName", "consigneeName",
            "consigneeCountryCode", "bondedAreaCode", "totalPackages", "packageUnit", "totalGrossWeight",
            "weightUnit", "marks", "finalDestinationCode", "vesselName", "departureDate", "containerCount",
            "inHouseReference");
    /** EDA's port of loading is the 3-letter Japanese port code: the UN/LOCODE without JP. */
    private static final String JAPAN = "JP";

    @Override
    public String businessCode() {
        return "EDA";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL040, UL050, UL100);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        builder.notApplicable("declarationNumber", "NACCS assigns the declaration number on registration");
        Prefill ecr = new EcrPrefill().prefill(documents, List.copyOf(FROM_ECR));
        ecr.items().forEach((key, value) -> {
            if (FROM_ECR.contains(key)) {
                builder.put(key, value, ecr.sources().get(key));
            }
        });
        // after the S/I's ETD, as ECR took it: the declaration must agree with the registered cargo
        builder.date("departureDate", field(UL050, "/estimatedDeparture"));
        builder.fill("portOfLoading", node -> japanesePort(PrefillBuilder.text(node)), field(UL040, "/portOfLoading"));
        builder.text("consigneeAddress1", field(UL040, "/consignee/address/0"));
        builder.text("consigneeAddress2", field(UL040, "/consignee/address/1"));
        builder.text("consigneeAddress3", field(UL040, "/consignee/address/2"));
        builder.text("consigneeAddress4", field(UL040, "/consignee/address/3"));
        builder.text("exportControlNumber", DealFields.of(DealFields.EXPORT_CONTROL_NUMBER));
        builder.text("invoiceNumber", field(UL100, "/invoiceNo"));
        builder.text("invoiceCondition", field(UL100, "/incoterms"));
        builder.text("invoiceCurrency", field(UL100, "/currency"));
        builder.fill("invoiceAmount", PrefillBuilder::number, field(UL100, "/totalAmount"));
        builder.document(UL040).ifPresent(si -> lines(builder, si));
        return builder.build(layoutItems);
    }

    private static void lines(PrefillBuilder builder, SourceDocument si) {
        JsonNode goods = si.fields().path("goods");
        for (int i = 0; i < goods.size(); i++) {
            String line = "/goods/" + i;
            int repeat = i + 1;
            builder.text(PrefillBuilder.key("hsCode", repeat), field(UL040, line + "/hsCode"));
            builder.text(PrefillBuilder.key("goodsDescription", repeat), field(UL040, line + "/description"));
        }
    }

    private static String japanesePort(String locode) {
        return locode != null && locode.length() == 5 && locode.startsWith(JAPAN) ? locode.substring(2) : null;
    }
}

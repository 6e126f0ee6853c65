package io.minato.hub.mappings.naccs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.ItemSource;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECR (輸出貨物情報登録) from the deal's S/I (UL040), through {@link EcrMapper}, with the S/I field
 * each item comes from. Without an S/I nothing is filled.
 */
public final class EcrPrefill implements NaccsPrefill {

    /** S/I fields per ECR item: the lineage shown to the user. */
    private static final Map<String, String> POINTERS = Map.ofEntries(
            Map.entry("bondedAreaCode", "/bondedAreaCode"),
            Map.entry("bondedAreaName", "/bondedAreaName"),
            Map.entry("exporterCode", "/exporterCode"),
            Map.entry("exporterName", "/shipper/name"),
            Map.entry("consigneeName", "/consignee/name"),
            Map.entry("consigneeCountryCode", "/consignee/countryCode"),
            Map.entry("bookingNumber", "/bookingNo"),
            Map.entry("vesselName", "/vesselName"),
            Map.entry("departureDate", "/estimatedDeparture"),
            Map.entry("portOfLoading", "/portOfLoading"),
            Map.entry("portOfDischarge", "/portOfDischarge"),
            Map.entry("finalDestinationCode", "/placeOfDelivery, else /portOfDischarge"),
            Map.entry("totalPackages", "sum of /goods/*/packages"),
            Map.entry("packageUnit", "/goods/*/packageUnit"),
            Map.entry("totalGrossWeight", "sum of /goods/*/grossWeightKg"),
            Map.entry("weightUnit", "/goods/*/grossWeightKg (kilograms)"),
            Map.entry("totalMeasurement", "sum of /goods/*/measurementM3"),
            Map.entry("measurementUnit", "/goods/*/measurementM3 (cubic metres)"),
            Map.entry("marks", "/goods/*/marks"),
            Map.entry("goodsDescription", "/goods/0/description"),
            Map.entry("containerCount", "count of /goods/*/containerNumbers"),
            Map.entry("containerNumber", "/goods/*/containerNumbers"),
            Map.entry("inHouseReference", "/inHouseReference"));

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String businessCode() {
        return "ECR";
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(DocumentType.UL040);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        SourceDocument si = documents.latest(DocumentType.UL040).orElse(null);
        Map<String, String> notApplicable = new LinkedHashMap<>();
        if (si == null) {
            return new Prefill(businessCode(), Map.of(), Map.of(), layoutItems, notApplicable);
        }
        ShippingInstruction instruction = read(si);
        // the S/I has no UN numbers: a shipment without a UL030 dangerous-goods declaration has none
        if (documents.latest(DocumentType.UL030).isEmpty()) {
            notApplicable.put("dangerousGoodsCode", "no dangerous-goods declaration (UL030) on the deal");
        }
        Map<String, String> items = EcrMapper.itemsFrom(instruction);
        Map<String, ItemSource> sources = new LinkedHashMap<>();
        items.keySet().forEach(key -> sources.put(key, si.at(POINTERS.get(itemName(key)))));
        return new Prefill(businessCode(), items, sources, Prefill.applicable(layoutItems, notApplicable),
                notApplicable);
    }

    private static ShippingInstruction read(SourceDocument si) {
        try {
            return JSON.treeToValue(si.fields(), ShippingInstruction.class);
        } catch (IOException e) {
            throw new UncheckedIOException("S/I " + si.id() + " cannot be read as UL040 fields", e);
        }
    }

    private static String itemName(String key) {
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }
}

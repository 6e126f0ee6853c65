package io.minato.hub.mappings.naccs;

import io.minato.hub.mappings.shipping.GoodsLine;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Prefills ECR (輸出貨物情報登録, export cargo information registration) from a UL040 shipping
 * instruction: the "80 % of ECR's items from the S/I" of the Cyber Port ⇄ NACCS link.
 *
 * <p>Keys are the item names of the ECR layout file ({@code config/naccs/layouts/ECR.layout});
 * a repeating item's values are keyed {@code name[n]}, 1-based, as the NACCS codec expects. Items
 * the S/I does not know (vessel code, dangerous-goods code, …) are left out for the user to fill.
 * Values are not cut to the item lengths: the codec rejects an overlong value naming the item and
 * byte offset, because silently shortened marks or descriptions would be declared to customs.
 */
public final class EcrMapper {

    static final String WEIGHT_UNIT = "KGM";
    static final String MEASUREMENT_UNIT = "MTQ";
    /** UN/ECE Rec. 21 "package", for goods lines packed in different units. */
    static final String MIXED_PACKAGES = "PK";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private EcrMapper() {
    }

    public static Map<String, String> itemsFrom(ShippingInstruction si) {
        Objects.requireNonNull(si, "si");
        Map<String, String> items = new LinkedHashMap<>();
        put(items, "bondedAreaCode", si.bondedAreaCode());
        put(items, "bondedAreaName", si.bondedAreaName());
        put(items, "exporterCode", si.exporterCode());
        put(items, "exporterName", si.shipper() == null ? null : si.shipper().name());
        put(items, "consigneeName", si.consignee() == null ? null : si.consignee().name());
        put(items, "consigneeCountryCode", si.consignee() == null ? null : si.consignee().countryCode());
        put(items, "bookingNumber", si.bookingNo());
        put(items, "vesselName", si.vesselName());
        put(items, "departureDate", si.estimatedDeparture() == null ? null : YYYYMMDD.format(si.estimatedDeparture()));
        put(items, "portOfLoading", si.portOfLoading());
        put(items, "portOfDischarge", si.portOfDischarge());
        put(items, "finalDestinationCode", si.placeOfDelivery() != null ? si.placeOfDelivery() : si.portOfDischarge());
        if (!si.goods().isEmpty()) {
            goods(items, si);
        }
        put(items, "inHouseReference", si.inHouseReference());
        return items;
    }

    private static void goods(Map<String, String> items, ShippingInstruction si) {
        items.put("totalPackages", Integer.toString(si.totalPackages()));
        put(items, "packageUnit", packageUnit(si.goods()));
        items.put("totalGrossWeight", number(si.totalGrossWeightKg()));
        items.put("weightUnit", WEIGHT_UNIT);
        if (si.totalMeasurementM3().signum() > 0) {
            items.put("totalMeasurement", number(si.totalMeasurementM3()));
            items.put("measurementUnit", MEASUREMENT_UNIT);
        }
        put(items, "marks", si.goods().stream().map(GoodsLine::marks)
                .filter(marks -> marks != null && !marks.isBlank())
                // one fixed-length item: line breaks would break the NACCS record structure
                .map(marks -> marks.strip().replaceAll("\\s*\\R\\s*", " "))
                .collect(Collectors.joining(" ")));
        put(items, "goodsDescription", si.goods().get(0).description());
        List<String> containers = si.containerNumbers();
        if (!containers.isEmpty()) {
            items.put("containerCount", Integer.toString(containers.size()));
            for (int i = 0; i < containers.size(); i++) {
                items.put("containerNumber[" + (i + 1) + "]", containers.get(i));
            }
        }
    }

    private static String packageUnit(List<GoodsLine> goods) {
        List<String> units = goods.stream().map(GoodsLine::packageUnit).filter(Objects::nonNull).distinct().toList();
        return units.size() == 1 ? units.get(0) : units.isEmpty() ? null : MIXED_PACKAGES;
    }

    /** Plain decimal without trailing zeros: NACCS numeric items hold digits and one decimal point. */
    private static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static void put(Map<String, String> items, String name, String value) {
        if (value != null && !value.isBlank()) {
            items.put(name, value.strip());
        }
    }
}

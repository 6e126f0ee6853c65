package io.minato.hub.mappings.edifact;

import java.util.Map;
import java.util.Optional;

/**
 * Which segment of an inbound transport message (IFTMBC, IFTMAN, IFTMCS, COPARN) the readers take a root
 * field from, as the root document's lineage names it: "where did the vessel name come from" is
 * answered with the message and the segment, not only the interchange.
 */
public final class SharedFieldSegments {

    private static final Map<String, String> SEGMENTS = Map.ofEntries(
            Map.entry("bookingNo", "RFF+BN C506/1154"),
            Map.entry("blNo", "RFF+BM C506/1154"),
            Map.entry("carrierCode", "NAD+CA C082/3039"),
            Map.entry("carrierName", "NAD+CA C080/3036"),
            Map.entry("vesselName", "TDT+20 C222/8212"),
            Map.entry("vesselCallSign", "TDT+20 C222/8213"),
            Map.entry("voyageNo", "TDT+20 8028"),
            Map.entry("placeOfReceipt", "LOC+88 C517/3225"),
            Map.entry("portOfLoading", "LOC+9 C517/3225"),
            Map.entry("portOfDischarge", "LOC+11 C517/3225"),
            Map.entry("placeOfDelivery", "LOC+7 C517/3225"),
            Map.entry("estimatedDeparture", "DTM+133 C507/2380"),
            Map.entry("estimatedArrival", "DTM+132 C507/2380"),
            Map.entry("cargoCutOff", "DTM+180 C507/2380"),
            Map.entry("shipper", "NAD+CZ"),
            Map.entry("consignee", "NAD+CN"),
            Map.entry("notifyParty", "NAD+N1"),
            Map.entry("cargoDescription", "FTX+AAA / GID C213"),
            Map.entry("totalPackages", "CNT+11 / GID C213/7224"),
            Map.entry("totalGrossWeightKg", "CNT+7 / MEA+AAE+G"),
            Map.entry("totalMeasurementM3", "CNT+15 / MEA+AAE+AAW"));

    private SharedFieldSegments() {
    }

    /** The segment (tag, qualifier, element) the field is read from, e.g. {@code TDT+20 C222/8212}. */
    public static Optional<String> of(String rootField) {
        return Optional.ofNullable(SEGMENTS.get(rootField));
    }
}

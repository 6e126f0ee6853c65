package io.minato.hub.mappings.tradewaltz;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.mappings.document.DocumentType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The documents a request fills, field by field as their definitions name them: an export shipping request
 * is the exporter's S/I (UL040, the record {@code ShippingInstruction}); an import handling request is an
 * import cargo handling request (UL280) and, when it says how to clear the goods, an import instruction
 * (UL270). Absent values are left out, not written as null. Pure.
 */
public final class TradeWaltzDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** UL280/UL270 cargoDescription and Party.code are at most this long. */
    private static final int DESCRIPTION_LENGTH = 350;
    private static final int CODE_LENGTH = 35;

    private TradeWaltzDocuments() {
    }

    public static List<TradeWaltzDocument> of(TradeWaltzRequest request) {
        if (request.kind() == RequestKind.EXPORT_SHIPPING_REQUEST) {
            return List.of(new TradeWaltzDocument(DocumentType.UL040, shippingInstruction(request)));
        }
        List<TradeWaltzDocument> documents = new ArrayList<>();
        documents.add(new TradeWaltzDocument(DocumentType.UL280, handlingRequest(request)));
        if (request.handling().clearance() != null) {
            documents.add(new TradeWaltzDocument(DocumentType.UL270, importInstruction(request)));
        }
        return documents;
    }

    static ObjectNode shippingInstruction(TradeWaltzRequest request) {
        TradeWaltzParties parties = request.parties();
        Transport transport = request.transport();
        ObjectNode fields = NODES.objectNode();
        fields.set("shipper", party(parties.exporter()));
        fields.set("consignee", party(parties.consignee()));
        put(fields, "notifyParty", parties.notifyParty() == null ? null : party(parties.notifyParty()));
        put(fields, "exporterCode", parties.exporter().naccsCode());
        put(fields, "bookingNo", request.bookingNo());
        put(fields, "carrierCode", transport.carrierCode());
        put(fields, "vesselName", transport.vesselName());
        put(fields, "voyageNo", transport.voyageNo());
        put(fields, "portOfLoading", transport.portOfLoading());
        put(fields, "portOfDischarge", transport.portOfDischarge());
        put(fields, "placeOfDelivery", transport.placeOfDelivery());
        put(fields, "estimatedDeparture", transport.etd());
        ArrayNode goods = fields.putArray("goods");
        for (GoodsItem item : request.goods()) {
            ObjectNode line = goods.addObject();
            line.put("description", item.description());
            line.put("packages", item.packages());
            line.put("packageUnit", item.packageUnit());
            line.put("grossWeightKg", item.grossWeightKg());
            put(line, "measurementM3", item.measurementM3());
            put(line, "marks", item.marks());
            ArrayNode containers = line.putArray("containerNumbers");
            item.containerNos().forEach(containers::add);
            put(line, "hsCode", item.hsCode());
        }
        return fields;
    }

    static ObjectNode handlingRequest(TradeWaltzRequest request) {
        ObjectNode fields = importCommon(request);
        fields.put("requestNo", request.requestId());
        put(fields, "notifyParty", request.parties().notifyParty() == null ? null : party(request.parties().notifyParty()));
        BigDecimal measurement = request.goods().stream().map(GoodsItem::measurementM3).filter(Objects::nonNull)
                .reduce(null, (sum, value) -> sum == null ? value : sum.add(value));
        put(fields, "totalMeasurementM3", measurement);
        ArrayNode containers = NODES.arrayNode();
        request.containerNos().forEach(containerNo -> containers.addObject().put("containerNo", containerNo));
        if (!containers.isEmpty()) {
            fields.set("containers", containers);
        }
        ImportHandling handling = request.handling();
        ObjectNode services = NODES.objectNode();
        put(services, "customsClearance", handling.customsClearance());
        put(services, "delivery", handling.delivery());
        put(services, "storage", handling.storage());
        put(services, "insurance", handling.insurance());
        if (!services.isEmpty()) {
            fields.set("services", services);
        }
        put(fields, "deliveryAddress", handling.deliveryAddress());
        put(fields, "requestedDeliveryDate", handling.requestedDeliveryDate());
        put(fields, "remarks", request.remarks());
        return fields;
    }

    static ObjectNode importInstruction(TradeWaltzRequest request) {
        ObjectNode fields = importCommon(request);
        put(fields, "importerCode", request.parties().importer().naccsCode());
        // the forwarder the importer instructs is its customs broker for this arrival
        fields.set("customsBroker", party(request.parties().forwarder()));
        put(fields, "portOfLoading", request.transport().portOfLoading());
        fields.put("clearance", request.handling().clearance());
        put(fields, "deliveryAddress", request.handling().deliveryAddress());
        put(fields, "requestedDeliveryDate", request.handling().requestedDeliveryDate());
        put(fields, "instructions", request.remarks());
        return fields;
    }

    /** What UL270 and UL280 both carry. */
    private static ObjectNode importCommon(TradeWaltzRequest request) {
        Transport transport = request.transport();
        TradeWaltzParties parties = request.parties();
        ObjectNode fields = NODES.objectNode();
        fields.put("blNo", request.blNo());
        fields.set("consignee", party(parties.consignee() != null ? parties.consignee() : parties.importer()));
        put(fields, "carrierCode", transport.carrierCode());
        put(fields, "vesselName", transport.vesselName());
        put(fields, "voyageNo", transport.voyageNo());
        put(fields, "portOfDischarge", transport.portOfDischarge());
        put(fields, "estimatedArrival", transport.eta());
        put(fields, "placeOfDelivery", transport.placeOfDelivery());
        put(fields, "invoiceNo", request.invoiceNo());
        if (!request.goods().isEmpty()) {
            fields.put("cargoDescription", cargoDescription(request.goods()));
            fields.put("totalPackages", request.totalPackages());
            List<String> units = request.goods().stream().map(GoodsItem::packageUnit).distinct().toList();
            // one unit for the total only when every line counts in it
            put(fields, "packageUnit", units.size() == 1 ? units.get(0) : null);
            fields.put("totalGrossWeightKg", request.totalGrossWeightKg());
        }
        return fields;
    }

    /** The first line's description, and how many more lines there are: the total's one-line summary. */
    static String cargoDescription(List<GoodsItem> goods) {
        String first = goods.get(0).description();
        long others = goods.stream().map(GoodsItem::description).distinct().count() - 1;
        String summary = others == 0 ? first : first + " 他" + others + "品目";
        return summary.length() > DESCRIPTION_LENGTH ? first : summary;
    }

    /** A document's party (record {@code Party}): code, name, address lines (with city and postcode), country. */
    static ObjectNode party(TradeWaltzParty party) {
        ObjectNode node = NODES.objectNode();
        String code = party.naccsCode() != null ? party.naccsCode() : party.id();
        put(node, "code", code != null && code.length() <= CODE_LENGTH ? code : null);
        node.put("name", party.name());
        List<String> lines = new ArrayList<>(party.address());
        // postcode and city as a last line, unless the address lines say them already
        String place = String.join(" ", Stream.of(party.postcode(), party.city())
                .filter(part -> part != null && lines.stream().noneMatch(line -> line.contains(part))).toList());
        if (!place.isBlank()) {
            lines.add(place);
        }
        if (!lines.isEmpty()) {
            ArrayNode address = node.putArray("address");
            lines.forEach(address::add);
        }
        put(node, "countryCode", party.countryCode());
        return node;
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof ObjectNode object) {
            node.set(name, object);
        } else if (value instanceof String text) {
            node.put(name, text);
        } else if (value instanceof BigDecimal number) {
            node.put(name, number);
        } else if (value instanceof Boolean bool) {
            node.put(name, bool);
        } else if (value instanceof LocalDate date) {
            node.put(name, date.toString());
        } else {
            throw new IllegalArgumentException("no JSON for a " + value.getClass().getSimpleName());
        }
    }
}

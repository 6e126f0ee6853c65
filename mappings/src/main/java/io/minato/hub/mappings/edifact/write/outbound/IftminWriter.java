package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.edifact.write.InterchangeWriteException;
import io.minato.hub.mappings.edifact.write.MessageBody;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import io.minato.hub.mappings.shipping.GoodsLine;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.time.LocalDateTime;
import java.util.List;

/**
 * UL040 shipping instruction → IFTMIN D99B, laid out as INTTRA's shipping-instruction guide does:
 * BGM 340, totals as CNT 7/11/15, references RFF BN (booking) and FF (the forwarder's own), the
 * main carriage TDT 20 with LOC 9 (ETD as DTM 133) and LOC 11, parties NAD CZ/CN/N1/CA, one GID
 * per goods line (packages, HS code as PIA, description FTX AAA, weight and volume as MEA, marks
 * as PCI, its containers as SGP) and one EQD per container.
 */
final class IftminWriter implements DocumentMessage<ShippingInstruction> {

    static final MessageIdentifier IFTMIN_D99B = new MessageIdentifier("IFTMIN", "D", "99B", "UN");
    /** PCI C210: ten repeats of 7102 an..35. */
    private static final int MARK_LINES = 10;

    @Override
    public MessageIdentifier identifier() {
        return IFTMIN_D99B;
    }

    @Override
    public void write(ShippingInstruction si, MessageBody body, LocalDateTime preparedAt) {
        String documentNo = si.inHouseReference() != null ? si.inHouseReference() : si.bookingNo();
        if (documentNo == null) {
            throw new InterchangeWriteException("an S/I needs a booking number or an in-house reference to name it"
                    + " in BGM (bookingNo and inHouseReference are both empty)");
        }
        // 340 shipping instructions, 9 original
        body.segment("BGM", simple("340"), simple(documentNo), simple("9"));
        MessageParts.dateTime(body, "137", preparedAt);
        body.segment("CNT", composite("7", MessageParts.number(si.totalGrossWeightKg()), "KGM"));
        body.segment("CNT", composite("11", String.valueOf(si.totalPackages())));
        if (si.totalMeasurementM3().signum() > 0) {
            body.segment("CNT", composite("15", MessageParts.number(si.totalMeasurementM3()), "MTQ"));
        }
        if (si.placeOfDelivery() != null) {
            MessageParts.location(body, "7", si.placeOfDelivery());
        }
        if (si.bookingNo() != null) {
            body.segment("RFF", composite("BN", si.bookingNo()));
        }
        if (si.inHouseReference() != null) {
            body.segment("RFF", composite("FF", si.inHouseReference()));
        }
        MessageParts.mainCarriage(body, si.voyageNo(), si.carrierCode(), si.vesselName());
        MessageParts.location(body, "9", si.portOfLoading());
        if (si.estimatedDeparture() != null) {
            MessageParts.date(body, "133", si.estimatedDeparture());
        }
        MessageParts.location(body, "11", si.portOfDischarge());
        MessageParts.party(body, "CZ", si.shipper(), "shipper");
        MessageParts.party(body, "CN", si.consignee(), "consignee");
        if (si.notifyParty() != null) {
            MessageParts.party(body, "N1", si.notifyParty(), "notifyParty");
        }
        if (si.carrierCode() != null) {
            MessageParts.partyCode(body, "CA", si.carrierCode(), null);
        }
        for (int i = 0; i < si.goods().size(); i++) {
            goodsItem(body, i + 1, si.goods().get(i));
        }
        for (String container : si.containerNumbers()) {
            body.segment("EQD", simple("CN"), simple(container));
        }
    }

    private static void goodsItem(MessageBody body, int number, GoodsLine line) {
        String field = "goods[" + (number - 1) + "]";
        body.segment("GID", simple(String.valueOf(number)), composite(String.valueOf(line.packages()), line.packageUnit()));
        if (line.hsCode() != null) {
            // PIA 5: product identification; 7143 HS
            body.segment("PIA", simple("5"), composite(line.hsCode(), "HS"));
        }
        MessageParts.text(body, "AAA", line.description());
        MessageParts.measure(body, "AAE", "G", "KGM", line.grossWeightKg());
        if (line.measurementM3() != null && line.measurementM3().signum() > 0) {
            MessageParts.measure(body, "AAE", "AAW", "MTQ", line.measurementM3());
        }
        if (line.marks() != null && !line.marks().isBlank()) {
            List<String> marks = MessageParts.split(line.marks(), MessageParts.AN35, MARK_LINES, field + ".marks");
            // 4233 (marking instructions) stays empty: the marks are as printed, not an instruction
            body.segment("PCI", empty(), composite(marks.toArray(String[]::new)));
        }
        // SGP: which container holds the line; the packages are not split over containers here
        for (String container : line.containerNumbers()) {
            body.segment("SGP", composite(container), line.containerNumbers().size() == 1
                    ? simple(String.valueOf(line.packages())) : empty());
        }
    }
}

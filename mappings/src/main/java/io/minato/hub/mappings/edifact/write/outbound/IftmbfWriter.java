package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.edifact.write.MessageBody;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import java.time.LocalDateTime;

/**
 * UL010 booking request → IFTMBF D99B (firm booking), laid out as INTTRA's IFTMBF guide does:
 * BGM 335 with the request number, places of receipt/delivery as header LOC 88/7, the main
 * carriage TDT 20 with port of loading (LOC 9, earliest departure DTM 196) and discharge (LOC 11),
 * parties NAD CA/BA/CZ/CN, one goods item (GID 1) and the equipment asked for as EQD with EQN.
 */
final class IftmbfWriter implements DocumentMessage<BookingRequest> {

    static final MessageIdentifier IFTMBF_D99B = new MessageIdentifier("IFTMBF", "D", "99B", "UN");

    @Override
    public MessageIdentifier identifier() {
        return IFTMBF_D99B;
    }

    @Override
    public void write(BookingRequest request, MessageBody body, LocalDateTime preparedAt) {
        // 335 booking request, 9 original
        body.segment("BGM", simple("335"), simple(request.requestNo()), simple("9"));
        MessageParts.dateTime(body, "137", preparedAt);
        if (request.remarks() != null && !request.remarks().isBlank()) {
            MessageParts.text(body, "AAI", request.remarks());
        }
        if (request.grossWeightKg() != null) {
            // CNT 7: total gross weight
            body.segment("CNT", composite("7", MessageParts.number(request.grossWeightKg()), "KGM"));
        }
        if (request.placeOfReceipt() != null) {
            MessageParts.location(body, "88", request.placeOfReceipt());
        }
        if (request.placeOfDelivery() != null) {
            MessageParts.location(body, "7", request.placeOfDelivery());
        }
        // SG3: the requester's reference again as RFF FF, where INTTRA's carriers look for it
        body.segment("RFF", composite("FF", request.requestNo()));
        MessageParts.mainCarriage(body, request.voyageNo(), request.carrierCode(), request.vesselName());
        MessageParts.location(body, "9", request.portOfLoading());
        if (request.earliestDeparture() != null) {
            MessageParts.date(body, "196", request.earliestDeparture());
        }
        MessageParts.location(body, "11", request.portOfDischarge());
        MessageParts.partyCode(body, "CA", request.carrierCode(), request.carrierName());
        MessageParts.party(body, "BA", request.bookingParty(), "bookingParty");
        MessageParts.party(body, "CZ", request.shipper(), "shipper");
        if (request.consignee() != null) {
            MessageParts.party(body, "CN", request.consignee(), "consignee");
        }
        body.segment("GID", simple("1"));
        MessageParts.text(body, "AAA", request.cargoDescription());
        if (request.grossWeightKg() != null) {
            MessageParts.measure(body, "AAE", "G", "KGM", request.grossWeightKg());
        }
        for (EquipmentRequirement equipment : request.equipment()) {
            // EQD C224 102/5: ISO 6346 size-type; 8077 = 2: the carrier supplies the containers
            body.segment("EQD", simple("CN"), empty(), composite(equipment.sizeType(), "102", "5"), simple("2"));
            body.segment("EQN", composite(String.valueOf(equipment.count())));
        }
    }
}

package io.minato.hub.mappings.arrival;

import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * UL290 貨物到着案内 (arrival notice), as a carrier announces an import shipment (IFTMAN).
 *
 * @param blNo             B/L number (B/L番号): the import deal's key
 * @param carrierCode      the carrier's SCAC
 * @param carrierName      the carrier's name, if sent
 * @param shipper          shipper (荷送人)
 * @param consignee        consignee (荷受人)
 * @param notifyParty      notify party (着荷通知先)
 * @param vesselName       vessel of the main carriage
 * @param voyageNo         voyage number
 * @param portOfLoading    UN/LOCODE
 * @param portOfDischarge  UN/LOCODE
 * @param placeOfDelivery  UN/LOCODE
 * @param estimatedArrival ETA at the port of discharge
 * @param cargoDescription goods description
 * @param packages         number of packages, if sent
 * @param grossWeightKg    total gross weight in kilograms, if sent
 * @param containers       containers of the shipment
 */
public record ArrivalNotice(
        String blNo,
        String carrierCode,
        String carrierName,
        Party shipper,
        Party consignee,
        Party notifyParty,
        String vesselName,
        String voyageNo,
        String portOfLoading,
        String portOfDischarge,
        String placeOfDelivery,
        LocalDate estimatedArrival,
        String cargoDescription,
        Integer packages,
        BigDecimal grossWeightKg,
        List<ContainerLine> containers) {

    public ArrivalNotice {
        containers = containers == null ? List.of() : List.copyOf(containers);
    }
}

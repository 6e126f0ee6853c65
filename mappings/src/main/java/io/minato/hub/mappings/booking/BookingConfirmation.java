package io.minato.hub.mappings.booking;

import io.minato.hub.mappings.document.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * UL050 ブッキング確認書 (booking confirmation), as a carrier confirms a booking (IFTMBC).
 *
 * @param bookingNo          the carrier's booking number (ブッキング番号)
 * @param carrierCode        the carrier's SCAC
 * @param carrierName        the carrier's name, if sent
 * @param status             what the carrier says of the booking: CONFIRMED, CONDITIONALLY_ACCEPTED,
 *                           PENDING, DECLINED, CANCELLED, REPLACED
 * @param bookingParty       who booked (forwarder or shipper)
 * @param shipper            shipper (荷主), if sent
 * @param consignee          consignee, if sent
 * @param vesselName         vessel of the main carriage
 * @param voyageNo           voyage number of the main carriage
 * @param placeOfReceipt     UN/LOCODE
 * @param portOfLoading      UN/LOCODE
 * @param portOfDischarge    UN/LOCODE
 * @param placeOfDelivery    UN/LOCODE
 * @param estimatedDeparture ETD at the port of loading
 * @param estimatedArrival   ETA at the port of discharge
 * @param cargoCutOff        cargo cut-off (一括搬入 / CY cut) date, if sent
 * @param cargoDescription   goods description
 * @param grossWeightKg      total gross weight in kilograms, if sent
 * @param equipment          containers confirmed
 */
public record BookingConfirmation(
        String bookingNo,
        String carrierCode,
        String carrierName,
        String status,
        Party bookingParty,
        Party shipper,
        Party consignee,
        String vesselName,
        String voyageNo,
        String placeOfReceipt,
        String portOfLoading,
        String portOfDischarge,
        String placeOfDelivery,
        LocalDate estimatedDeparture,
        LocalDate estimatedArrival,
        LocalDate cargoCutOff,
        String cargoDescription,
        BigDecimal grossWeightKg,
        List<EquipmentRequirement> equipment) {

    public BookingConfirmation {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}

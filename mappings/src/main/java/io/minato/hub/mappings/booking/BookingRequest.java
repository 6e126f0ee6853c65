package io.minato.hub.mappings.booking;

import io.minato.hub.mappings.document.Party;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * UL010 ブッキング依頼書 (booking request): what a shipper or forwarder asks a carrier to reserve.
 * Sent to the carrier as IFTMBF; the carrier answers with IFTMBC (UL050).
 *
 * @param requestNo          the requester's own booking request number; the carrier echoes it
 * @param carrierCode        the carrier's SCAC
 * @param carrierName        the carrier's name, if wanted on the request
 * @param bookingParty       who books (forwarder or shipper); the carrier answers this party
 * @param shipper            荷主 (shipper)
 * @param consignee          荷受人, if known at booking
 * @param vesselName         the vessel asked for, if any
 * @param voyageNo           its voyage number
 * @param placeOfReceipt     UN/LOCODE, if the carrier takes the cargo over inland
 * @param portOfLoading      UN/LOCODE (船積港)
 * @param portOfDischarge    UN/LOCODE (仕向港)
 * @param placeOfDelivery    UN/LOCODE, if beyond the port of discharge
 * @param earliestDeparture  earliest departure date the cargo is ready for
 * @param cargoDescription   goods description (品名)
 * @param grossWeightKg      estimated total gross weight in kilograms
 * @param equipment          containers asked for
 * @param remarks            free text to the carrier's booking desk
 */
public record BookingRequest(
        @NotBlank @Size(max = 35) String requestNo,
        @NotBlank @Pattern(regexp = "[A-Z]{2,4}", message = "must be a SCAC") String carrierCode,
        @Size(max = 70) String carrierName,
        @NotNull @Valid Party bookingParty,
        @NotNull @Valid Party shipper,
        @Valid Party consignee,
        @Size(max = 35) String vesselName,
        @Size(max = 17) String voyageNo,
        @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String placeOfReceipt,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String portOfLoading,
        @NotBlank @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String portOfDischarge,
        @Pattern(regexp = "[A-Z]{2}[A-Z0-9]{3}", message = "must be a UN/LOCODE") String placeOfDelivery,
        LocalDate earliestDeparture,
        @NotBlank @Size(max = 350) String cargoDescription,
        @Positive BigDecimal grossWeightKg,
        @NotEmpty @Valid List<EquipmentRequirement> equipment,
        @Size(max = 350) String remarks) {

    public BookingRequest {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
    }
}

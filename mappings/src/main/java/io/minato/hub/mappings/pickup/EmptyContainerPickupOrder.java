package io.minato.hub.mappings.pickup;

import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.MessageFunction;
import java.time.LocalDateTime;
import java.util.List;

/**
 * UL060 空コンテナピックアップオーダー (empty-container pick-up order): the carrier's permission for the
 * shipper's trucker to collect empty containers for a booking at a depot or terminal, as a carrier
 * sends it in a COPARN release order.
 *
 * @param bookingNo          the carrier's booking number (ブッキング番号): the export deal's key
 * @param releaseReference   the release order's own number (RFF+ATY/RE, else the BGM document number),
 *                           which the trucker quotes at the gate
 * @param messageFunction    original, replacement, cancellation, …; a cancelled order is kept as such
 * @param carrierCode        the carrier's SCAC or code as sent
 * @param carrierName        the carrier's name, if sent
 * @param pickUpLocation     where the empties are collected: depot or terminal code (LOC+98)
 * @param pickUpLocationName the depot's name, if sent
 * @param validFrom          earliest pick-up (DTM+201), if sent
 * @param validUntil         the release expires (DTM+36), if sent
 * @param vesselName         vessel the containers are for, if sent
 * @param voyageNo           voyage number, if sent
 * @param portOfLoading      UN/LOCODE, if sent
 * @param equipment          how many containers of which ISO size-type are released
 * @param containers         the containers themselves, when the order names them
 * @param remarks            free-text remarks, one per FTX, in message order
 */
public record EmptyContainerPickupOrder(
        String bookingNo,
        String releaseReference,
        MessageFunction messageFunction,
        String carrierCode,
        String carrierName,
        String pickUpLocation,
        String pickUpLocationName,
        LocalDateTime validFrom,
        LocalDateTime validUntil,
        String vesselName,
        String voyageNo,
        String portOfLoading,
        List<EquipmentRequirement> equipment,
        List<ContainerLine> containers,
        List<String> remarks) {

    public EmptyContainerPickupOrder {
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        containers = containers == null ? List.of() : List.copyOf(containers);
        remarks = remarks == null ? List.of() : List.copyOf(remarks);
    }
}

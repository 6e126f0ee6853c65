package io.minato.hub.mappings.document.definition;

import io.minato.hub.mappings.arrival.ArrivalNotice;
import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.pickup.EmptyContainerPickupOrder;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmReport;
import java.util.Map;
import java.util.Optional;

/**
 * The document types the EDIFACT and NACCS mappings read and write as Java records. Their definitions
 * must name exactly the records' components (checked on load), so a document written through the API
 * is one the mappings can read.
 */
public final class RecordBackedTypes {

    private static final Map<DocumentType, Class<? extends Record>> RECORDS = Map.of(
            DocumentType.UL010, BookingRequest.class,
            DocumentType.UL040, ShippingInstruction.class,
            DocumentType.UL050, BookingConfirmation.class,
            DocumentType.UL060, EmptyContainerPickupOrder.class,
            DocumentType.UL080, EquipmentInterchangeReceipt.class,
            DocumentType.UL150, BillOfLading.class,
            DocumentType.UL160, BillOfLading.class,
            DocumentType.UL290, ArrivalNotice.class,
            DocumentType.UL440, VgmReport.class);

    private RecordBackedTypes() {
    }

    public static Optional<Class<? extends Record>> recordOf(DocumentType type) {
        return Optional.ofNullable(RECORDS.get(type));
    }
}

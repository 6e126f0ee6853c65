package io.minato.hub.app.deal;

import io.minato.hub.mappings.document.DocumentType;
import java.time.OffsetDateTime;

/**
 * What a deal search looks for; null criteria do not narrow it. Keys of the deal match exactly; the vessel
 * and the voyage are looked for in the documents the caller may read, compared in one normal form (NFKC,
 * upper case, runs of spaces as one): the vessel name by any part of it, the voyage number whole.
 *
 * @param containerNo  a container (ISO 6346) the deal carries
 * @param direction    EXPORT or IMPORT
 * @param documentType deals with a document of this type the caller may read
 * @param createdFrom  created at or after
 * @param createdTo    created before
 * @param updatedFrom  last activity (a document, participant or attachment changed) at or after
 * @param updatedTo    last activity before
 */
public record DealCriteria(String bookingNo, String carrierCode, String blNo, String containerNo, String vesselName,
                           String voyageNo, String inHouseNo, String direction, DealStatus status,
                           DocumentType documentType, OffsetDateTime createdFrom, OffsetDateTime createdTo,
                           OffsetDateTime updatedFrom, OffsetDateTime updatedTo) {

    public DealCriteria {
        bookingNo = text(bookingNo);
        carrierCode = text(carrierCode);
        blNo = text(blNo);
        containerNo = text(containerNo);
        vesselName = text(vesselName);
        voyageNo = text(voyageNo);
        inHouseNo = text(inHouseNo);
        direction = text(direction);
    }

    /** The keys the portal's deal list searches by. */
    public static DealCriteria keys(String bookingNo, String blNo, String containerNo, String vesselName) {
        return new DealCriteria(bookingNo, null, blNo, containerNo, vesselName, null, null, null, null, null,
                null, null, null, null);
    }

    /** A blank parameter (an empty form field) does not narrow the search. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.minato.hub.app.deal;

import java.time.OffsetDateTime;

/** A deal a search found, with its status as the caller sees it ({@link DealStatus}). */
public record FoundDeal(long id, String number, String direction, String bookingNo, String carrierCode, String blNo,
                        String inHouseNo, OffsetDateTime createdAt, OffsetDateTime updatedAt, DealStatus status) {

    public Deal deal() {
        return new Deal(id, number, direction, bookingNo, carrierCode, blNo, inHouseNo, createdAt, updatedAt);
    }
}

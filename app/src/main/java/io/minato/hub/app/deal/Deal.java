package io.minato.hub.app.deal;

import java.time.OffsetDateTime;

/** 取引 (deal): one shipment, normally one B/L; found by its keys. */
public record Deal(long id, String number, String direction, String bookingNo, String carrierCode, String blNo, String inHouseNo,
                   OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}

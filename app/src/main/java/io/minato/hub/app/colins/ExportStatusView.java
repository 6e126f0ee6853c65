package io.minato.hub.app.colins;

import java.time.OffsetDateTime;

/** CY輸出コンテナ情報 as the API answers it: the latest version for one container at one terminal. */
public record ExportStatusView(long id, String terminalCode, String portCode, String containerNo, String bookingNo,
                               String carrierCode, String vesselName, String voyageNo, Boolean receivingAllowed,
                               String receivingHoldReason, OffsetDateTime gateInAt, Boolean vgmReceived,
                               Boolean exportPermitted, Boolean loaded, OffsetDateTime loadedAt,
                               OffsetDateTime updatedAt, OffsetDateTime storedAt) {

    public ExportStatusView {
        gateInAt = JapanTime.of(gateInAt);
        loadedAt = JapanTime.of(loadedAt);
        updatedAt = JapanTime.of(updatedAt);
        storedAt = JapanTime.of(storedAt);
    }
}

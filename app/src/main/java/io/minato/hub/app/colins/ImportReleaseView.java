package io.minato.hub.app.colins;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** CY搬出可否情報 as the API answers it: the latest version for one container at one terminal. */
public record ImportReleaseView(long id, String terminalCode, String portCode, String containerNo, String blNo,
                                String vesselName, String voyageNo, String status, String holdReason,
                                Boolean customsReleased, Boolean carrierReleased, OffsetDateTime availableFrom,
                                LocalDate freeTimeUntil, String yardLocation, OffsetDateTime updatedAt,
                                OffsetDateTime storedAt) {

    public ImportReleaseView {
        availableFrom = JapanTime.of(availableFrom);
        updatedAt = JapanTime.of(updatedAt);
        storedAt = JapanTime.of(storedAt);
    }
}

package io.minato.hub.app.colins;

import java.time.OffsetDateTime;

/**
 * 船舶動静情報 as the API answers it: the latest version of one vessel call at one terminal.
 * Times in Japan time.
 */
public record VesselMovementView(long id, String terminalCode, String portCode, String vesselName, String imoNumber,
                                 String callSign, String voyageNo, String carrierCode, OffsetDateTime scheduledArrival,
                                 OffsetDateTime actualArrival, OffsetDateTime scheduledDeparture,
                                 OffsetDateTime actualDeparture, OffsetDateTime cargoReceivingStart,
                                 OffsetDateTime cargoCutOff, String source, OffsetDateTime updatedAt,
                                 OffsetDateTime storedAt) {

    public VesselMovementView {
        scheduledArrival = JapanTime.of(scheduledArrival);
        actualArrival = JapanTime.of(actualArrival);
        scheduledDeparture = JapanTime.of(scheduledDeparture);
        actualDeparture = JapanTime.of(actualDeparture);
        cargoReceivingStart = JapanTime.of(cargoReceivingStart);
        cargoCutOff = JapanTime.of(cargoCutOff);
        updatedAt = JapanTime.of(updatedAt);
        storedAt = JapanTime.of(storedAt);
    }
}

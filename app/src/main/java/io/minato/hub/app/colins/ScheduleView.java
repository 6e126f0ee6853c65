package io.minato.hub.app.colins;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Input assistance (入力補助): the Colins schedule of a vessel's voyage, and the values a form takes from
 * it. Times in Japan time.
 *
 * @param prefill the first call's values, named as documents name them (vesselName, voyageNo, …)
 * @param calls   every call of the voyage Colins reports, earliest arrival first
 */
public record ScheduleView(String vessel, String voyage, String carrierCode, Prefill prefill, List<Call> calls) {

    /** One port call of the voyage. */
    public record Call(String portCode, String terminalCode, String terminalName, OffsetDateTime scheduledArrival,
                       OffsetDateTime actualArrival, OffsetDateTime scheduledDeparture, OffsetDateTime actualDeparture,
                       OffsetDateTime cargoReceivingStart, OffsetDateTime cargoCutOff, String source,
                       OffsetDateTime updatedAt) {
    }

    /** What a booking, S/I or A/N form is prefilled with: ETA, ETD and the CY cut-off of the first call. */
    public record Prefill(String vesselName, String voyageNo, String imoNumber, String callSign, String carrierCode,
                          String portCode, String terminalCode, OffsetDateTime eta, OffsetDateTime etd,
                          OffsetDateTime cargoCutOff) {
    }
}

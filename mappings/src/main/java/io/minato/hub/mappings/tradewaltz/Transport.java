package io.minato.hub.mappings.tradewaltz;

import java.time.LocalDate;

/** The carriage a request names: carrier (SCAC), vessel, voyage, UN/LOCODEs, ETD and ETA. */
public record Transport(String carrierCode, String vesselName, String voyageNo, String portOfLoading,
                        String portOfDischarge, String placeOfDelivery, LocalDate etd, LocalDate eta) {

    static final Transport NONE = new Transport(null, null, null, null, null, null, null, null);
}

package io.minato.hub.mappings.colins;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * 船舶動静情報: one call of a container ship at a terminal.
 *
 * @param vesselName          船名
 * @param imoNumber           IMO number (7 digits, check digit verified), if reported
 * @param callSign            呼出符号, if reported
 * @param voyageNo            航海番号
 * @param carrierCode         the operating carrier's SCAC, if reported
 * @param scheduledArrival    入港予定日時 (ETA)
 * @param actualArrival       入港実績日時 (ATA)
 * @param scheduledDeparture  出港予定日時 (ETD)
 * @param actualDeparture     出港実績日時 (ATD)
 * @param cargoReceivingStart 一括搬入開始日時: from when export containers are taken into the yard
 * @param cargoCutOff         一括搬入締切日時 (CY cut-off)
 * @param source              who reported the latest change: TERMINAL, PORT_AUTHORITY or AIS
 */
public record VesselMovement(String terminalCode, String portCode, String vesselName, String imoNumber,
                             String callSign, String voyageNo, String carrierCode, OffsetDateTime scheduledArrival,
                             OffsetDateTime actualArrival, OffsetDateTime scheduledDeparture,
                             OffsetDateTime actualDeparture, OffsetDateTime cargoReceivingStart,
                             OffsetDateTime cargoCutOff, String source, OffsetDateTime updatedAt)
        implements ColinsRecord {

    public VesselMovement {
        Objects.requireNonNull(terminalCode, "terminalCode");
        Objects.requireNonNull(vesselName, "vesselName");
        Objects.requireNonNull(voyageNo, "voyageNo");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public ColinsDataSet dataSet() {
        return ColinsDataSet.VESSEL_MOVEMENT;
    }

    /** The vessel (IMO number, else call sign, else name) and the voyage: one call per terminal. */
    @Override
    public String recordKey() {
        String vessel = imoNumber != null ? "IMO" + imoNumber
                : callSign != null ? callSign : normalizedName(vesselName);
        return vessel + "/" + voyageNo;
    }

    @Override
    public List<ColinsField> dealFields() {
        return new DealFieldList()
                .add("scheduledArrival", "入港予定日時 (ETA)", scheduledArrival)
                .add("actualArrival", "入港実績日時 (ATA)", actualArrival)
                .add("scheduledDeparture", "出港予定日時 (ETD)", scheduledDeparture)
                .add("actualDeparture", "出港実績日時 (ATD)", actualDeparture)
                .add("cargoReceivingStart", "一括搬入開始日時", cargoReceivingStart)
                .add("cargoCutOff", "一括搬入締切日時 (CY cut-off)", cargoCutOff)
                .toList();
    }

    @Override
    public String describe() {
        return vesselName + " " + voyageNo + " at " + terminalCode;
    }

    /** Vessel names compare without case and runs of spaces: "ONE  Harmony" is "ONE HARMONY". */
    public static String normalizedName(String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}

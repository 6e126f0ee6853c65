package io.minato.hub.mappings.colins;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * CY輸出コンテナ情報 (export): whether a container may be delivered into the terminal's yard, and where
 * it stands on its way to the ship.
 *
 * @param containerNo      ISO 6346 container number, check digit verified
 * @param bookingNo        booking number, if the terminal knows it
 * @param carrierCode      the carrier's SCAC, if reported
 * @param receivingAllowed 搬入可否: may it be delivered into the yard
 * @param receivingHoldReason why not, when not
 * @param gateInAt         搬入日時: when it passed the gate in
 * @param vgmReceived      VGM 受領: the terminal holds its verified gross mass
 * @param exportPermitted  輸出許可: customs permitted the export
 * @param loaded           積込済: on board
 * @param loadedAt         積込日時
 */
public record ExportStatus(String terminalCode, String portCode, String containerNo, String bookingNo,
                           String carrierCode, String vesselName, String voyageNo, Boolean receivingAllowed,
                           String receivingHoldReason, OffsetDateTime gateInAt, Boolean vgmReceived,
                           Boolean exportPermitted, Boolean loaded, OffsetDateTime loadedAt,
                           OffsetDateTime updatedAt) implements ColinsRecord {

    public ExportStatus {
        Objects.requireNonNull(terminalCode, "terminalCode");
        Objects.requireNonNull(containerNo, "containerNo");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public ColinsDataSet dataSet() {
        return ColinsDataSet.EXPORT_STATUS;
    }

    @Override
    public String recordKey() {
        return containerNo;
    }

    @Override
    public List<ColinsField> dealFields() {
        return new DealFieldList()
                .add("receivingAllowed", "搬入可否", receivingAllowed)
                .add("receivingHoldReason", "搬入不可理由", receivingHoldReason)
                .add("gateInAt", "搬入日時", gateInAt)
                .add("vgmReceived", "VGM受領", vgmReceived)
                .add("exportPermitted", "輸出許可", exportPermitted)
                .add("loaded", "積込済", loaded)
                .add("loadedAt", "積込日時", loadedAt)
                .toList();
    }

    @Override
    public String describe() {
        return "container " + containerNo + (bookingNo == null ? "" : " (booking " + bookingNo + ")") + " at "
                + terminalCode;
    }
}

package io.minato.hub.mappings.colins;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * CY搬出可否情報 (import): whether a container may leave the terminal's yard.
 *
 * @param containerNo     ISO 6346 container number, check digit verified
 * @param blNo            B/L number, if the terminal knows it
 * @param status          搬出可否: RELEASED or ON_HOLD
 * @param holdReason      why it is held (税関検査, 船社未許可…); required when ON_HOLD
 * @param customsReleased 税関搬出許可: customs let it go
 * @param carrierReleased 船社搬出許可 (D/O): the carrier let it go
 * @param availableFrom   搬出可能日時: from when it can be picked up
 * @param freeTimeUntil   フリータイム最終日, if the terminal reports it
 * @param yardLocation    蔵置場所 in the yard, e.g. {@code 3A-12-04-2}
 */
public record ImportRelease(String terminalCode, String portCode, String containerNo, String blNo,
                            String vesselName, String voyageNo, ReleaseStatus status, String holdReason,
                            Boolean customsReleased, Boolean carrierReleased, OffsetDateTime availableFrom,
                            LocalDate freeTimeUntil, String yardLocation, OffsetDateTime updatedAt)
        implements ColinsRecord {

    /** 搬出可否. */
    public enum ReleaseStatus {
        /** 搬出可. */
        RELEASED,
        /** 搬出不可 (保留). */
        ON_HOLD
    }

    public ImportRelease {
        Objects.requireNonNull(terminalCode, "terminalCode");
        Objects.requireNonNull(containerNo, "containerNo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    @Override
    public ColinsDataSet dataSet() {
        return ColinsDataSet.IMPORT_RELEASE;
    }

    @Override
    public String recordKey() {
        return containerNo;
    }

    @Override
    public List<ColinsField> dealFields() {
        return new DealFieldList()
                .add("releaseStatus", "搬出可否", status)
                .add("holdReason", "搬出不可理由", holdReason)
                .add("customsReleased", "税関搬出許可", customsReleased)
                .add("carrierReleased", "船社搬出許可", carrierReleased)
                .add("availableFrom", "搬出可能日時", availableFrom)
                .add("freeTimeUntil", "フリータイム最終日", freeTimeUntil)
                .add("yardLocation", "蔵置場所", yardLocation)
                .toList();
    }

    @Override
    public String describe() {
        return "container " + containerNo + (blNo == null ? "" : " (B/L " + blNo + ")") + " at " + terminalCode;
    }
}

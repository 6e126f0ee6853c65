package io.minato.hub.mappings.edifact.write.outbound;

import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.shipping.GoodsLine;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmContainer;
import io.minato.hub.mappings.vgm.VgmMethod;
import io.minato.hub.mappings.vgm.VgmReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The documents the outbound tests write: Japanese names (UNOY/UNOX only) and a shipper called
 * {@code ACME+CO?}, whose {@code +} and {@code ?} the writer must escape with the release character.
 */
final class OutboundSamples {

    static final LocalDateTime PREPARED = LocalDateTime.of(2026, 11, 20, 14, 5);
    static final String RELEASE_NAME = "ACME+CO?";

    static final Party FORWARDER = new Party("MINATOFWD", "港湾フォワーディング株式会社", List.of("横浜市中区海岸通1-1"), "JP");
    static final Party SHIPPER = new Party("JP1234567890X", RELEASE_NAME, List.of("1-2-3 KAIGAN-DORI", "NAKA-KU, YOKOHAMA"), "JP");
    static final Party CONSIGNEE = new Party(null, "PACIFIC IMPORTS LLC", List.of("100 HARBOR BLVD", "LONG BEACH CA"), "US");

    private OutboundSamples() {
    }

    static OutboundEnvelope envelope(String syntax, int version) {
        return new OutboundEnvelope(syntax, version, "MINATOHUB", "ZZZ", "INTTRA", "ZZZ", 1001, PREPARED, false, false);
    }

    static BookingRequest bookingRequest() {
        return new BookingRequest("BR-2026-0042", "ONEY", "OCEAN NETWORK EXPRESS", FORWARDER, SHIPPER, CONSIGNEE,
                "ONE HARMONY", "012E", "JPNGO", "JPYOK", "USLGB", "USCHI", LocalDate.of(2026, 12, 5),
                "自動車部品 (AUTO PARTS)", new BigDecimal("12000.500"),
                List.of(new EquipmentRequirement("45G1", 2), new EquipmentRequirement("22G1", 1)),
                "危険品なし; PLEASE CONFIRM BY 25 NOV");
    }

    static ShippingInstruction shippingInstruction() {
        return new ShippingInstruction(SHIPPER, CONSIGNEE, new Party(null, "SAME AS CONSIGNEE", List.of(), null),
                "JP1234567890X", "ONEYTYOA12345600", "ONEY", "ONE HARMONY", "012E", "JPYOK", "USLGB", null,
                LocalDate.of(2026, 12, 5), "1AW01", "本牧ふ頭D-5", "FW-2026-0042",
                List.of(new GoodsLine("AUTO PARTS 自動車部品", 120, "CT", new BigDecimal("2400.5"), new BigDecimal("18.2"),
                                "PI/LGB NO.1-120", List.of("ONEU1234567"), "870899"),
                        new GoodsLine("AUTO PARTS (BRAKES)", 30, "PK", new BigDecimal("600"), new BigDecimal("3.10"),
                                null, List.of("ONEU1234567", "ONEU7654321"), null)),
                null);
    }

    static VgmReport vgmReport() {
        Party responsible = new Party("JP1234567890X", RELEASE_NAME, List.of("横浜市中区海岸通1-1"), "JP");
        return new VgmReport("VGM-2026-0007", "ONEYTYOA12345600", "ONEY", "ONE HARMONY", "012E", List.of(
                new VgmContainer("ONEU1234567", "45G1", "SL998877", new BigDecimal("28450"), VgmMethod.SM1,
                        LocalDate.of(2026, 12, 1), responsible, "山田 太郎"),
                new VgmContainer("ONEU7654321", null, null, new BigDecimal("10320.5"), VgmMethod.SM2,
                        LocalDate.of(2026, 12, 2), responsible, "佐藤 花子")));
    }

    static ApplicationRejection rejection() {
        return new ApplicationRejection("REJ-IB0000124-1", "IB0000124", "1", "IFTMBC", "INTTRA2024031500042", "53",
                "予約番号 ONEYTYOA99999999 が見つかりません (booking not found: ACME+CO?)");
    }
}

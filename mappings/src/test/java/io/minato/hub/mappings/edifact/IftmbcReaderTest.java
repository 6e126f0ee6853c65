package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IftmbcReaderTest {

    private static IftmbcReader reader;

    @BeforeAll
    static void warmUp() {
        reader = SharedIftmbcReader.get();
    }

    @Test
    void readsEveryFieldOfAnInttraBookingConfirmation() {
        Interchange<BookingConfirmation> interchange = reader.read(TestFiles.edi("iftmbc-inttra-confirmed.edi"));

        assertThat(interchange.header()).isEqualTo(new InterchangeHeader("UNOC", "3", "ISO-8859-1",
                "INTTRA", "ZZZ", "MINATOHUB", "ZZZ", "IB0000123", "240315:0830"));
        assertThat(interchange.messages()).hasSize(1);
        EdifactMessage<BookingConfirmation> message = interchange.messages().get(0);
        assertThat(message.messageRef()).isEqualTo("1");
        assertThat(message.messageType()).isEqualTo("IFTMBC:D:99B:UN");
        assertThat(message.firstSegmentOrdinal()).isEqualTo(2);

        BookingConfirmation booking = message.document();
        assertThat(booking.bookingNo()).isEqualTo("ONEYTYOA12345600");
        assertThat(booking.carrierCode()).isEqualTo("ONEY");
        assertThat(booking.carrierName()).isEqualTo("OCEAN NETWORK EXPRESS PTE. LTD.");
        assertThat(booking.status()).isEqualTo("CONFIRMED");
        assertThat(booking.bookingParty()).isEqualTo(new Party("MINATOFWD", "MINATO FORWARDING CO., LTD.",
                List.of("1-2-3 KAIGAN-DORI", "NAKA-KU", "YOKOHAMA 231-0002"), "JP"));
        assertThat(booking.shipper()).isEqualTo(new Party(null, "NIPPON AUTO PARTS K.K.",
                List.of("5-1 MEIEKI", "NAKAMURA-KU", "NAGOYA 450-0002"), "JP"));
        assertThat(booking.consignee()).isEqualTo(new Party(null, "PACIFIC IMPORTS INC.",
                List.of("200 OCEAN BLVD", "LONG BEACH CA 90802"), "US"));
        assertThat(booking.vesselName()).isEqualTo("ONE MINATO");
        assertThat(booking.voyageNo()).isEqualTo("012E");
        assertThat(booking.placeOfReceipt()).isEqualTo("JPNGO");
        assertThat(booking.portOfLoading()).isEqualTo("JPYOK");
        assertThat(booking.portOfDischarge()).isEqualTo("USLAX");
        assertThat(booking.placeOfDelivery()).isEqualTo("USCHI");
        assertThat(booking.estimatedDeparture()).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(booking.estimatedArrival()).isEqualTo(LocalDate.of(2024, 4, 3));
        assertThat(booking.cargoCutOff()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(booking.cargoDescription()).isEqualTo("AUTO PARTS: BRAKE PADS AND ROTORS");
        assertThat(booking.grossWeightKg()).isEqualByComparingTo(new BigDecimal("18500.5"));
        assertThat(booking.equipment()).containsExactly(
                new EquipmentRequirement("22G1", 2), new EquipmentRequirement("45G1", 1));
    }

    @Test
    void unescapesReleaseCharacterInNames() {
        BookingConfirmation booking = reader.read(TestFiles.edi("iftmbc-release-character.edi"))
                .messages().get(0).document();

        assertThat(booking.shipper().name()).isEqualTo("O'BRIEN + PARTNERS: LOGISTICS");
        assertThat(booking.shipper().address()).containsExactly("12 HARBOUR ROAD", "DUBLIN D01");
    }

    @Test
    void keepsJapaneseNamesOfUnoyInterchangeIntact() {
        Interchange<BookingConfirmation> interchange = reader.read(TestFiles.edi("iftmbc-japanese-unoy.edi"));
        BookingConfirmation booking = interchange.messages().get(0).document();

        assertThat(interchange.header().charsetName()).isEqualTo("UTF-8");
        assertThat(booking.shipper().name()).isEqualTo("横浜商事株式会社");
        assertThat(booking.shipper().address()).containsExactly("中区海岸通一丁目1番地", "横浜市 231-0002");
        assertThat(booking.carrierName()).isEqualTo("日本郵船株式会社");
        assertThat(booking.vesselName()).isEqualTo("NYK 横浜丸");
    }

    @Test
    void readsUnoxAsIso2022JpEvenWhereJisBytesLookLikeDelimiters() {
        Interchange<BookingConfirmation> interchange = reader.read(TestFiles.edi("iftmbc-japanese-unox.edi"));
        BookingConfirmation booking = interchange.messages().get(0).document();

        assertThat(interchange.header().charsetName()).isEqualTo("ISO-2022-JP");
        assertThat(booking.shipper().name()).isEqualTo("横浜商事株式会社");
        assertThat(booking.shipper().address()).containsExactly("中区海岸通一丁目1番地", "横浜市 231-0002");
        assertThat(booking.carrierName()).isEqualTo("日本郵船株式会社");
        // 阪 and 神 are 0x3A65 and 0x3F40 in JIS: ':' and '?' bytes inside a shifted run
        assertThat(booking.consignee().name()).isEqualTo("大阪神戸運輸株式会社");
    }

    @Test
    void readsAPartnersBytesInItsOverrideCharsetWhenItsUnbDeclaresAnother() {
        byte[] raw = TestFiles.edi("iftmbc-utf8-declared-unoa.edi");

        assertThatThrownBy(() -> reader.read(raw))
                .isInstanceOf(EdiSyntaxException.class)
                .hasMessageContaining("not valid US-ASCII");
        BookingConfirmation booking = reader.read(raw, StandardCharsets.UTF_8).messages().get(0).document();
        assertThat(booking.shipper().name()).isEqualTo("横浜商事株式会社");
    }

    @Test
    void readsEveryMessageOfAMultiMessageInterchange() {
        Interchange<BookingConfirmation> interchange = reader.read(TestFiles.edi("iftmbc-two-messages.edi"));

        assertThat(interchange.messages()).extracting(EdifactMessage::messageRef).containsExactly("M0001", "M0002");
        assertThat(interchange.messages()).extracting(EdifactMessage::firstSegmentOrdinal).containsExactly(2, 7);
        assertThat(interchange.messages()).extracting(m -> m.document().bookingNo())
                .containsExactly("MAEU240000001", "MAEU240000002");
        assertThat(interchange.messages()).extracting(m -> m.document().status())
                .containsExactly("CONFIRMED", "CANCELLED");
    }

    @Test
    void readsInterchangeWithBomAndLineFeeds() {
        Interchange<BookingConfirmation> interchange = reader.read(TestFiles.edi("iftmbc-bom-lf.edi"));

        assertThat(interchange.messages()).singleElement()
                .satisfies(m -> assertThat(m.document().bookingNo()).isEqualTo("COSU6300000001"));
    }
}

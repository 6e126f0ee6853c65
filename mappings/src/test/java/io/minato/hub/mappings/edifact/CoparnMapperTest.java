package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.minato.hub.mappings.booking.EquipmentRequirement;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.MessageFunction;
import io.minato.hub.mappings.pickup.EmptyContainerPickupOrder;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoparnMapperTest {

    private static final Path CORPUS = Path.of("/work/shared/corpus/edifact/files");
    private static final String MAERSK = "COPARN__php-edifact__edifact__README_COPARN_maersk.edi";
    private static final String LCIT = "COPARN__Npsaksit__LCIT_COPARN_EDIPROD__test.edi";
    private static final String COSCO = "COPARN__unknown__index33516995011__MasterTerminal_TestCase40416_COPARN_UNG.edi";
    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void releaseOrderOpensTheExportDealOfItsBookingWithCountsPerSizeType() {
        DealUpdate update = onlyUpdate(TestFiles.edi("coparn-release-d95b.edi"));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("ONEYTYOA12345600", "ONE"));
        assertThat(update.createIfAbsent()).isTrue();
        assertThat(update.documentType()).isEqualTo(DocumentType.UL060);
        assertThat(update.containerNos()).isEmpty();
        assertThat(update.keySource().describe()).startsWith("segment RFF #4");

        EmptyContainerPickupOrder order = (EmptyContainerPickupOrder) update.document();
        assertThat(order.releaseReference()).isEqualTo("REL-TYO-77881");
        assertThat(order.messageFunction()).isEqualTo(MessageFunction.ORIGINAL);
        assertThat(order.carrierName()).isEqualTo("OCEAN NETWORK EXPRESS PTE LTD");
        assertThat(order.pickUpLocation()).isEqualTo("JPTYOOID1");
        assertThat(order.pickUpLocationName()).isEqualTo("OI DEPOT NO 1");
        assertThat(order.validFrom()).isEqualTo(LocalDateTime.of(2026, 11, 8, 8, 0));
        assertThat(order.validUntil()).isEqualTo(LocalDateTime.of(2026, 11, 12, 23, 59));
        assertThat(order.vesselName()).isEqualTo("ONE MINATO");
        assertThat(order.voyageNo()).isEqualTo("081E");
        assertThat(order.portOfLoading()).isEqualTo("JPTYO");
        assertThat(order.equipment()).containsExactly(new EquipmentRequirement("22G1", 2), new EquipmentRequirement("45G1", 1));
        assertThat(order.containers()).isEmpty();
        assertThat(order.remarks()).containsExactly("CLEAN FOOD GRADE UNITS ONLY");
    }

    @Test
    void japaneseReplacementInD16aNamesItsContainersAndReadsTheDecimalComma() {
        DealUpdate update = onlyUpdate(TestFiles.edi("coparn-release-d16a-unoy.edi"));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("ONEYYOKB98765400", "ONEY"));
        assertThat(update.containerNos()).containsExactly("ONEU1234567", "ONEU7654320");
        EmptyContainerPickupOrder order = (EmptyContainerPickupOrder) update.document();
        assertThat(order.messageFunction()).isEqualTo(MessageFunction.REPLACEMENT);
        assertThat(order.carrierName()).isEqualTo("オーシャン ネットワーク エクスプレス ジャパン株式会社");
        assertThat(order.vesselName()).isEqualTo("ONE 横浜");
        assertThat(order.pickUpLocationName()).isEqualTo("本牧埠頭 D-5 デポ");
        assertThat(order.validFrom()).isEqualTo(LocalDateTime.of(2026, 11, 5, 0, 0));
        assertThat(order.remarks()).containsExactly("横浜本牧デポで受取り 清掃済みの空コンテナ");
        // two named containers of one size-type, the second without EQN: one requirement of two
        assertThat(order.equipment()).containsExactly(new EquipmentRequirement("45R1", 2));
        assertThat(order.containers().get(0).grossWeightKg()).isEqualByComparingTo("4750.5");
        assertThat(order.containers().get(0).fullEmpty()).isEqualTo("EMPTY");
    }

    @Test
    void cancellationIsStillRecordedAsAPickUpOrder() {
        DealUpdate update = onlyUpdate(edit("coparn-release-d95b.edi", "BGM+12+ONEYTYOR0012345+9'", "BGM+12+ONEYTYOR0012345+1'"));

        assertThat(update.documentType()).isEqualTo(DocumentType.UL060);
        assertThat(((EmptyContainerPickupOrder) update.document()).messageFunction()).isEqualTo(MessageFunction.CANCELLATION);
    }

    @Test
    void releaseOrderWithoutBookingNumberIsRejectedAtItsReference() {
        byte[] raw = edit("coparn-release-d95b.edi", "RFF+BN:ONEYTYOA12345600'", "RFF+CR:SHIPPER-REF-1'");

        MappingException rejected = catchThrowableOfType(() -> reader.read(raw), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment RFF #4").contains("no booking number");
    }

    @Test
    void acceptanceOrderIsNotFiledAsAPickUpOrder() {
        byte[] raw = edit("coparn-release-d95b.edi", "BGM+12+", "BGM+126+");

        MappingException rejected = catchThrowableOfType(() -> reader.read(raw), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #3, element 1, component 1")
                .contains("126 (transport equipment acceptance order");
    }

    @Test
    void unreadableMessageFunctionIsRejectedAtBgm() {
        byte[] raw = edit("coparn-release-d95b.edi", "BGM+12+ONEYTYOR0012345+9'", "BGM+12+ONEYTYOR0012345+X'");

        MappingException rejected = catchThrowableOfType(() -> reader.read(raw), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #3, element 3").contains("message function X");
    }

    @Test
    void coscoAnnouncementWithShortUnaIsRejectedBeforeItsUnb() throws IOException {
        byte[] raw = corpus(COSCO);

        EdiSyntaxException rejected = catchThrowableOfType(() -> reader.read(raw), EdiSyntaxException.class);

        // "UNA:+,'" is three service characters short, so the six after UNA swallow the start of UNB
        assertThat(rejected.getMessage()).startsWith("segment ? #1 (byte 9)").contains("no UNB interchange header");
    }

    @Test
    void maerskReleaseUnderSyntaxLevel1AndDecimalCommaUnaMapsAsPublished() throws IOException {
        DealUpdate update = onlyUpdate(corpus(MAERSK));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("204549739", "MAE"));
        EmptyContainerPickupOrder order = (EmptyContainerPickupOrder) update.document();
        assertThat(order.equipment()).containsExactly(new EquipmentRequirement("45G1", 1));
        assertThat(order.pickUpLocation()).isEqualTo("LVRIX");
        assertThat(order.validFrom()).isEqualTo(LocalDateTime.of(2020, 8, 13, 0, 0));
        assertThat(order.releaseReference()).isEqualTo("20200813081626");
    }

    @Test
    void lcitReleaseUnderSyntaxLevel2IsRejectedForItsPickUpDate() throws IOException {
        byte[] raw = corpus(LCIT);

        MappingException rejected = catchThrowableOfType(() -> reader.read(raw), MappingException.class);

        // DTM+201:11012021:102 is DDMMCCYY sent under format 102 (CCYYMMDD)
        assertThat(rejected.getMessage()).startsWith("segment DTM #21, element 1, component 2")
                .contains("'11012021' is not a date/time in format 102");
    }

    @Test
    void coscoAnnouncementIsNotFiledAsAPickUpOrderOnceItsEnvelopeIsRepaired() throws IOException {
        String text = new String(syntaxVersion3(corpus(COSCO), "UNOA:1"), StandardCharsets.ISO_8859_1)
                .replace("UNA:+,'", "UNA:+,? '");

        MappingException rejected = catchThrowableOfType(
                () -> reader.read(text.getBytes(StandardCharsets.ISO_8859_1)), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #4, element 1, component 1")
                .contains("COPARN document name 11 (transport equipment acceptance order (SMDG/ITIGG)");
    }

    private static DealUpdate onlyUpdate(byte[] raw) {
        Interchange<List<DealUpdate>> interchange = reader.read(raw);
        assertThat(interchange.messages()).hasSize(1);
        assertThat(interchange.messages().get(0).document()).hasSize(1);
        return interchange.messages().get(0).document().get(0);
    }

    private static byte[] edit(String file, String from, String to) {
        String text = new String(TestFiles.edi(file), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    /** The same interchange declaring syntax version 3, to see what the mapper makes of the content. */
    private static byte[] syntaxVersion3(byte[] raw, String declared) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("UNB+" + declared + "+");
        return text.replace("UNB+" + declared + "+", "UNB+UNOA:3+").getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] corpus(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        assumeTrue(Files.exists(file), "corpus not available");
        return Files.readAllBytes(file);
    }
}

package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.MessageFunction;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IftmcsMapperTest {

    private static final Path CORPUS_FILE = Path.of(
            "/work/shared/corpus/edifact/files/IFTMCS__unknown__index67267881544__vitest_shipmentsController_IFTMCS.edi");
    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void billOfLadingDraftGoesToTheExportDealOfItsBooking() {
        DealUpdate update = onlyUpdate(TestFiles.edi("iftmcs-bl-draft-d99b.edi"));

        assertThat(update.key()).isEqualTo(new DealKey.Booking("MAEUTYO7788990", "MAEU"));
        assertThat(update.createIfAbsent()).isTrue();
        assertThat(update.documentType()).isEqualTo(DocumentType.UL150);
        assertThat(update.containerNos()).containsExactly("MSKU1234565");
        assertThat(update.keySource().describe()).startsWith("segment RFF #12");

        BillOfLading bl = (BillOfLading) update.document();
        assertThat(bl.kind()).isEqualTo(BillOfLading.Kind.BILL_OF_LADING);
        assertThat(bl.status()).isEqualTo(BillOfLading.Status.DRAFT);
        assertThat(bl.messageFunction()).isEqualTo(MessageFunction.ORIGINAL);
        assertThat(bl.blNo()).isEqualTo("MAEU261112345");
        assertThat(bl.bookingNo()).isEqualTo("MAEUTYO7788990");
        assertThat(bl.carrierName()).isEqualTo("MAERSK A/S");
        assertThat(bl.shipper().code()).isEqualTo("JPEX0001");
        assertThat(bl.consignee().name()).isEqualTo("LA IMPORTS INC");
        assertThat(bl.notifyParty().name()).isEqualTo("LA IMPORTS INC");
        assertThat(bl.vesselName()).isEqualTo("MAERSK TOKYO");
        assertThat(bl.voyageNo()).isEqualTo("246E");
        assertThat(List.of(bl.placeOfReceipt(), bl.portOfLoading(), bl.portOfDischarge(), bl.placeOfDelivery()))
                .containsExactly("JPTYO", "JPTYO", "USLAX", "USCHI");
        assertThat(bl.issueDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(bl.issuePlace()).isEqualTo("JPTYO");
        assertThat(bl.onBoardDate()).isEqualTo(LocalDate.of(2026, 11, 17));
        assertThat(bl.freightTerms()).isEqualTo("PREPAID");
        assertThat(bl.cargoDescription()).isEqualTo("MACHINE PARTS NOT RESTRICTED");
        assertThat(bl.packages()).isEqualTo(50);
        // 8250.75 kg + 1.5 t
        assertThat(bl.grossWeightKg()).isEqualByComparingTo("9750.75");
        assertThat(bl.containers().get(0).seals()).containsExactly("ML-4455667");
        assertThat(bl.containers().get(0).grossWeightKg()).isEqualByComparingTo("13500");
    }

    @Test
    void japaneseSeaWaybillWithoutBookingGoesToTheDealOfItsWaybillNumber() {
        DealUpdate update = onlyUpdate(TestFiles.edi("iftmcs-seawaybill-d00b-unoy.edi"));

        assertThat(update.key()).isEqualTo(new DealKey.BillOfLading("NYKS5501234567", "NYKS"));
        assertThat(update.documentType()).isEqualTo(DocumentType.UL160);
        assertThat(update.keySource().describe()).startsWith("segment RFF #9");
        BillOfLading waybill = (BillOfLading) update.document();
        assertThat(waybill.kind()).isEqualTo(BillOfLading.Kind.SEA_WAYBILL);
        assertThat(waybill.bookingNo()).isNull();
        assertThat(waybill.shipper().name()).isEqualTo("横浜水産株式会社");
        assertThat(waybill.consignee().name()).isEqualTo("上海食品有限公司");
        assertThat(waybill.vesselName()).isEqualTo("NYK 横浜丸");
        assertThat(waybill.cargoDescription()).isEqualTo("冷凍ほたて貝柱");
        assertThat(waybill.issuePlace()).isEqualTo("横浜");
        assertThat(waybill.freightTerms()).isEqualTo("COLLECT");
        assertThat(waybill.packages()).isEqualTo(1200);
        assertThat(waybill.containers()).extracting(c -> c.containerNo()).containsExactly("NYKU7654328");
    }

    @Test
    void originalBillOfLadingIsIssued() {
        BillOfLading bl = (BillOfLading) onlyUpdate(edit("BGM+705+", "BGM+706+")).document();

        assertThat(bl.status()).isEqualTo(BillOfLading.Status.ORIGINAL);
    }

    @Test
    void withoutAnyBillOfLadingNumberTheMessageIsRejectedAtBgm() {
        String text = new String(edit("BGM+705+MAEU261112345+9'", "BGM+705++9'"), StandardCharsets.UTF_8)
                .replace("RFF+BM:MAEU261112345'", "RFF+CR:SHIPPER-REF'");

        MappingException rejected = catchThrowableOfType(
                () -> reader.read(text.getBytes(StandardCharsets.UTF_8)), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #3, element 2").contains("no B/L number");
    }

    @Test
    void otherTransportDocumentsAreNotTakenForABillOfLading() {
        MappingException rejected = catchThrowableOfType(() -> reader.read(edit("BGM+705+", "BGM+740+")), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #3, element 1, component 1")
                .contains("document name 740 is neither a bill of lading");
    }

    @Test
    void corpusSeaWaybillIsRejectedForItsSegmentCount() throws IOException {
        assumeTrue(Files.exists(CORPUS_FILE), "corpus not available");
        byte[] raw = Files.readAllBytes(CORPUS_FILE);

        EdiSyntaxException rejected = catchThrowableOfType(() -> reader.read(raw), EdiSyntaxException.class);

        assertThat(rejected.problems()).extracting(EdiSyntaxException.Problem::describe).satisfiesExactly(
                p -> assertThat(p).startsWith("segment UNT #13, element 1").contains("segment count 11 does not match the 12"),
                p -> assertThat(p).startsWith("segment UNZ #14").contains("Unexpected end of stream"));
    }

    @Test
    void corpusSeaWaybillIsRejectedForItsPackageCountOnceItsEnvelopeIsRepaired() throws IOException {
        assumeTrue(Files.exists(CORPUS_FILE), "corpus not available");
        String text = Files.readString(CORPUS_FILE, StandardCharsets.ISO_8859_1)
                .replace("UNB+UNOA:2+", "UNB+UNOA:3+").replace("UNT+11+1'", "UNT+12+1'") + "'";

        EdiSyntaxException rejected = catchThrowableOfType(
                () -> reader.read(text.getBytes(StandardCharsets.ISO_8859_1)), EdiSyntaxException.class);

        // GID+48+COILS: the package kind sent where the numeric package count belongs
        assertThat(rejected.getMessage()).startsWith("segment GID #10, element 2, component 1")
                .contains("'COILS' in E7224 is not a number");
    }

    private static DealUpdate onlyUpdate(byte[] raw) {
        Interchange<List<DealUpdate>> interchange = reader.read(raw);
        assertThat(interchange.messages()).hasSize(1);
        assertThat(interchange.messages().get(0).document()).hasSize(1);
        return interchange.messages().get(0).document().get(0);
    }

    private static byte[] edit(String from, String to) {
        String text = new String(TestFiles.edi("iftmcs-bl-draft-d99b.edi"), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }
}

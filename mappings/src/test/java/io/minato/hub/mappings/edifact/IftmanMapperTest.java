package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.arrival.ArrivalNotice;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.support.MappingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IftmanMapperTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void arrivalNoticeOpensTheImportDealOfItsBillOfLading() {
        Interchange<List<DealUpdate>> interchange = reader.read(TestFiles.edi("iftman-arrival.edi"));

        DealUpdate update = interchange.messages().get(0).document().get(0);
        assertThat(update.key()).isEqualTo(new DealKey.BillOfLading("MAEU261100123", "MAEU"));
        assertThat(update.createIfAbsent()).isTrue();
        assertThat(update.documentType()).isEqualTo(DocumentType.UL290);
        assertThat(update.containerNos()).containsExactly("MSCU1234565", "TGHU7654321");
        assertThat(update.keySource().describe()).startsWith("segment RFF #6");

        ArrivalNotice notice = (ArrivalNotice) update.document();
        assertThat(notice.carrierName()).isEqualTo("MAERSK A/S");
        assertThat(notice.vesselName()).isEqualTo("EMMA MAERSK");
        assertThat(notice.voyageNo()).isEqualTo("123E");
        assertThat(notice.portOfLoading()).isEqualTo("CNSHA");
        assertThat(notice.portOfDischarge()).isEqualTo("JPTYO");
        assertThat(notice.estimatedArrival()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(notice.consignee().code()).isEqualTo("JPCN0001");
        assertThat(notice.consignee().name()).isEqualTo("TOKYO IMPORT KK");
        assertThat(notice.notifyParty().name()).isEqualTo("MINATO FORWARDING KK");
        assertThat(notice.cargoDescription()).isEqualTo("LADIES COTTON DRESSES");
        assertThat(notice.packages()).isEqualTo(100);
        assertThat(notice.grossWeightKg()).isEqualByComparingTo("2500.5");
        assertThat(notice.containers().get(0).sizeType()).isEqualTo("22G1");
        assertThat(notice.containers().get(0).fullEmpty()).isEqualTo("FULL");
        assertThat(notice.containers().get(0).seals()).containsExactly("SH123456");
        assertThat(notice.containers().get(0).grossWeightKg()).isEqualByComparingTo(new BigDecimal("4700"));
        assertThat(notice.containers().get(1).grossWeightKg()).isNull();
    }

    @Test
    void arrivalNoticeWithoutAnyBillOfLadingNumberIsRejectedAtBgm() {
        String text = new String(TestFiles.edi("iftman-arrival.edi"), StandardCharsets.ISO_8859_1)
                .replace("BGM+35+MAEU261100123+9'", "BGM+35++9'")
                .replace("RFF+BM:MAEU261100123'", "RFF+BN:BKG1'");

        MappingException rejected = catchThrowableOfType(
                () -> reader.read(text.getBytes(StandardCharsets.ISO_8859_1)), MappingException.class);

        assertThat(rejected.getMessage()).startsWith("segment BGM #3, element 2, component 1")
                .contains("no B/L number");
    }
}

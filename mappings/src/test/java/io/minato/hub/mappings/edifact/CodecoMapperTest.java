package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.support.MappingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecoMapperTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    private static List<DealUpdate> read(String file) {
        return reader.read(TestFiles.edi(file)).messages().get(0).document();
    }

    @Test
    void gateInD95bGivesEachContainerAnEirAndEventInTheDealOfItsOwnReference() {
        List<DealUpdate> updates = read("codeco-gate-in-d95b.edi");

        assertThat(updates).hasSize(2);
        DealUpdate first = updates.get(0);
        // the container's own RFF+BN, with the line from NAD+CF
        assertThat(first.key()).isEqualTo(new DealKey.Booking("ONEYTYOA12345600", "ONE"));
        assertThat(first.keySource().describe()).startsWith("segment RFF #9");
        assertThat(first.createIfAbsent()).isFalse();
        assertThat(first.documentType()).isEqualTo(DocumentType.UL080);
        assertThat(first.documentSubject()).isEqualTo("ONEU1234567 GATE_IN");
        assertThat(first.containerNos()).containsExactly("ONEU1234567");

        EquipmentInterchangeReceipt eir = (EquipmentInterchangeReceipt) first.document();
        assertThat(eir.containerNo()).isEqualTo("ONEU1234567");
        assertThat(eir.sizeType()).isEqualTo("45G1");
        assertThat(eir.fullEmpty()).isEqualTo("FULL");
        assertThat(eir.seals()).containsExactly("ONE123456");
        assertThat(eir.grossWeightKg()).isEqualByComparingTo("18250");
        assertThat(eir.movement()).isEqualTo("GATE_IN");
        assertThat(eir.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 12));
        assertThat(eir.location()).isEqualTo("JPTYO");
        assertThat(eir.terminal()).isEqualTo("OHT");
        assertThat(eir.bookingNo()).isEqualTo("ONEYTYOA12345600");
        assertThat(eir.blNo()).isEqualTo("ONEYTYOB7777700");
        assertThat(eir.carrierCode()).isEqualTo("ONE");
        assertThat(eir.haulier()).isEqualTo("NTK");
        assertThat(eir.truckNo()).isEqualTo("SHINAGAWA100A1234");
        assertThat(eir.reportNo()).isEqualTo("GI20261201001");

        DealEvent event = first.events().get(0);
        assertThat(event.type()).isEqualTo("CONTAINER_GATE_IN");
        assertThat(event.containerNo()).isEqualTo("ONEU1234567");
        assertThat(event.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 12));
        assertThat(event.location()).isEqualTo("JPTYO");
        assertThat(event.detail()).containsEntry("fullEmpty", "FULL").containsEntry("truckNo", "SHINAGAWA100A1234");
        assertThat(event.source().describe()).startsWith("segment EQD #8");
    }

    @Test
    void containerWithoutItsOwnBookingFallsBackToTheMessageLevelBillOfLadingNotTheOtherContainersBooking() {
        DealUpdate second = read("codeco-gate-in-d95b.edi").get(1);

        assertThat(second.key()).isEqualTo(new DealKey.BillOfLading("ONEYTYOB7777700", "ONE"));
        assertThat(second.keySource().describe()).startsWith("segment RFF #4");
        EquipmentInterchangeReceipt eir = (EquipmentInterchangeReceipt) second.document();
        assertThat(eir.bookingNo()).isNull();
        assertThat(eir.fullEmpty()).isEqualTo("EMPTY");
        assertThat(eir.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 40));
        // no LOC+165 of its own: the vessel's port of loading and its terminal
        assertThat(eir.location()).isEqualTo("JPTYO");
        assertThat(eir.terminal()).isEqualTo("OHI");
        assertThat(eir.haulier()).isNull();
        assertThat(second.documentSubject()).isEqualTo("TGHU7654321 GATE_IN");
    }

    @Test
    void gateOutD16aKeysByBillOfLadingElseByTheContainerAloneWithoutOpeningADeal() {
        List<DealUpdate> updates = read("codeco-gate-out-d16a.edi");

        assertThat(updates).extracting(DealUpdate::key).containsExactly(
                new DealKey.BillOfLading("MAEU261100123", "MAEU"), new DealKey.Container("TCLU3000006"));
        assertThat(updates).allSatisfy(update -> assertThat(update.createIfAbsent()).isFalse());
        assertThat(updates.get(1).keySource().describe()).startsWith("segment EQD #13");

        EquipmentInterchangeReceipt full = (EquipmentInterchangeReceipt) updates.get(0).document();
        assertThat(full.movement()).isEqualTo("GATE_OUT");
        assertThat(full.grossWeightKg()).isEqualByComparingTo("24000.5");
        assertThat(full.location()).isEqualTo("JPYOK");
        assertThat(full.terminal()).isEqualTo("HON");
        assertThat(full.haulier()).isEqualTo("YOKOHAMA UNSO");
        assertThat(full.truckNo()).isEqualTo("YOKOHAMA500KA1234");
        assertThat(full.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 3, 7, 45));
        assertThat(updates.get(0).events()).extracting(DealEvent::type).containsExactly("CONTAINER_GATE_OUT");

        EquipmentInterchangeReceipt empty = (EquipmentInterchangeReceipt) updates.get(1).document();
        assertThat(empty.fullEmpty()).isEqualTo("EMPTY");
        assertThat(empty.location()).isNull();
        assertThat(updates.get(1).documentSubject()).isEqualTo("TCLU3000006 GATE_OUT");
    }

    @Test
    void unknownDocumentNameCodeIsRejectedAtTheBgm() {
        MappingException rejected = catchThrowableOfType(
                () -> reader.read(edit("codeco-gate-out-d16a.edi", "BGM+36+", "BGM+35+")), MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment BGM #3, element 1, component 1");
        assertThat(rejected.getMessage()).contains("'35'").contains("gate-in (34) or gate-out (36)");
    }

    @Test
    void gateTimeThatIsNoDateIsRejectedAtItsDtm() {
        MappingException rejected = catchThrowableOfType(
                () -> reader.read(edit("codeco-gate-out-d16a.edi", "DTM+7:202612030745:203", "DTM+7:202613030745:203")),
                MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment DTM #8, element 1, component 2");
        assertThat(rejected.getMessage()).contains("'202613030745' is not a date/time in format 203");
    }

    static byte[] edit(String file, String from, String to) {
        String text = new String(TestFiles.edi(file), StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }
}

package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.support.MappingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class IftstaMapperTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void consignmentStatusesD95bGiveOneEventPerContainerOrOneForTheConsignment() {
        List<DealUpdate> updates = reader.read(TestFiles.edi("iftsta-d95b.edi")).messages().get(0).document();

        assertThat(updates).hasSize(3);
        assertThat(updates).extracting(DealUpdate::key)
                .containsOnly(new DealKey.Booking("ONEYTYOA12345600", "ONEY"));
        assertThat(updates).allSatisfy(update -> assertThat(update.createIfAbsent()).isFalse());

        DealEvent departed = updates.get(0).events().get(0);
        assertThat(departed.type()).isEqualTo("SHIPMENT_STATUS");
        assertThat(departed.containerNo()).isEqualTo("ONEU1234567");
        assertThat(departed.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 4, 23, 30));
        assertThat(departed.location()).isEqualTo("JPTYO");
        // D.95B names the status code and text 9011/9010
        assertThat(departed.detail())
                .containsEntry("statusCategory", "1")
                .containsEntry("statusCode", "VD")
                .containsEntry("statusText", "VESSEL DEPARTED")
                .containsEntry("consignment", "1")
                .containsEntry("consignmentDocument", "ONEYTYOB7777700")
                .containsEntry("blNo", "ONEYTYOB7777700");
        assertThat(departed.source().describe()).startsWith("segment STS #8");
        assertThat(updates.get(1).events().get(0).containerNo()).isEqualTo("TGHU7654321");

        DealEvent hold = updates.get(2).events().get(0);
        assertThat(hold.containerNo()).isNull();
        assertThat(hold.detail()).containsEntry("statusCode", "CH").containsEntry("consignment", "2")
                .doesNotContainKey("blNo");
        assertThat(hold.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 5, 10, 0));
        assertThat(hold.location()).isNull();
    }

    @Test
    void equipmentStatusesD16aAreKeyedByTheMessageBillOfLading() {
        List<DealUpdate> updates = reader.read(TestFiles.edi("iftsta-d16a.edi")).messages().get(0).document();

        assertThat(updates).extracting(DealUpdate::key).containsExactly(
                new DealKey.BillOfLading("MAEU261100123", "MAEU"), new DealKey.BillOfLading("MAEU261100123", "MAEU"));
        assertThat(updates).extracting(update -> update.events().get(0).containerNo())
                .containsExactly("MSCU1234565", "TGHU7654321");
        DealEvent discharged = updates.get(0).events().get(0);
        assertThat(discharged.detail()).containsEntry("statusCode", "DIS").containsEntry("statusText", "DISCHARGED FROM VESSEL");
        assertThat(discharged.location()).isEqualTo("JPTYO");
        assertThat(discharged.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 11, 30));
        assertThat(updates.get(1).events().get(0).occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 6, 14, 0));
        assertThat(updates.get(1).containerNos()).containsExactly("TGHU7654321");
    }

    @Test
    void withoutReferencesContainerStatusesFallBackToTheContainerAndAConsignmentStatusIsRejectedAtItsSts() {
        byte[] unreferenced = CodecoMapperTest.edit("iftsta-d95b.edi", "RFF+BN:ONEYTYOA12345600", "RFF+CU:PO4711");
        String text = new String(unreferenced, StandardCharsets.ISO_8859_1)
                .replace("RFF+BM:ONEYTYOB7777700", "RFF+CU:PO4712");

        MappingException rejected = catchThrowableOfType(
                () -> reader.read(text.getBytes(StandardCharsets.ISO_8859_1)), MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment STS #16");
        assertThat(rejected.getMessage()).contains("no booking (RFF+BN with a carrier), B/L (RFF+BM) or container");
    }

    @Test
    void statusDateThatIsNoDateIsRejectedAtItsDtm() {
        MappingException rejected = catchThrowableOfType(
                () -> reader.read(CodecoMapperTest.edit("iftsta-d16a.edi", "DTM+334:202612061130", "DTM+334:2026120611XX")),
                MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment DTM #10, element 1, component 2");
    }
}

package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoarriMapperTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void loadingReportD16aGivesLoadedEventsWithVesselVoyageAndStowage() {
        List<DealUpdate> updates = reader.read(TestFiles.edi("coarri-load-d16a.edi")).messages().get(0).document();

        assertThat(updates).hasSize(2);
        DealUpdate booked = updates.get(0);
        assertThat(booked.key()).isEqualTo(new DealKey.Booking("ONEYTYOA12345600", "ONEY"));
        assertThat(booked.createIfAbsent()).isFalse();
        assertThat(booked.documentType()).isNull();
        assertThat(booked.containerNos()).containsExactly("ONEU1234567");
        DealEvent loaded = booked.events().get(0);
        assertThat(loaded.type()).isEqualTo("CONTAINER_LOADED");
        assertThat(loaded.containerNo()).isEqualTo("ONEU1234567");
        assertThat(loaded.occurredAt()).isEqualTo(LocalDateTime.of(2026, 12, 3, 23, 15));
        assertThat(loaded.location()).isEqualTo("JPYOK");
        assertThat(loaded.detail())
                .containsEntry("vesselName", "ONE HARMONY")
                .containsEntry("voyageNo", "045E")
                .containsEntry("stowagePosition", "0120486")
                .containsEntry("terminal", "HON")
                .containsEntry("bookingNo", "ONEYTYOA12345600");

        DealUpdate unbooked = updates.get(1);
        assertThat(unbooked.key()).isEqualTo(new DealKey.Container("TGHU7654321"));
        assertThat(unbooked.createIfAbsent()).isFalse();
        assertThat(unbooked.containerNos()).isEmpty();
        assertThat(unbooked.events().get(0).detail()).containsEntry("stowagePosition", "0140282")
                .containsEntry("fullEmpty", "EMPTY").doesNotContainKey("bookingNo");
    }

    @Test
    void unknownDocumentNameCodeIsRejectedAtTheBgm() {
        MappingException rejected = catchThrowableOfType(
                () -> reader.read(CodecoMapperTest.edit("coarri-load-d16a.edi", "BGM+270+", "BGM+119+")),
                MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment BGM #3, element 1, component 1");
        assertThat(rejected.getMessage()).contains("'119'").contains("discharge (44, 98) or loading (46, 270)");
    }

    @Test
    void handlingTimeThatIsNoDateIsRejectedAtItsDtm() {
        MappingException rejected = catchThrowableOfType(
                () -> reader.read(CodecoMapperTest.edit("coarri-load-d16a.edi", "DTM+203:202612032340", "DTM+203:202612032399")),
                MappingException.class);

        assertThat(rejected.position().describe()).startsWith("segment DTM #13, element 1, component 2");
    }
}

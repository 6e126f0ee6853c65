package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CODECO, COARRI and IFTSTA interchanges others wrote (/work/shared/corpus/edifact). None of them
 * passes the envelope check as published (syntax level 2, no UNB, directory D.23A, wrong UNT), so
 * each is asserted rejected with its reason; where only the syntax level stands in the way, the
 * content is read again with UNB raised to level 3 to show the mapper understands a real sender.
 */
class ContainerMessageCorpusTest {

    private static final Path CORPUS = Path.of("/work/shared/corpus/edifact/files");
    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void cosco95bCoarriUnderSyntaxLevel2IsReadAsPublished() {
        byte[] published = corpus("COARRI__php-edifact__edifact__D95BCOARRI.edi");

        List<EdifactMessage<List<DealUpdate>>> messages = reader.read(published).messages();
        List<DealUpdate> discharge = messages.get(0).document();
        assertThat(discharge).extracting(DealUpdate::key).containsExactly(
                new DealKey.Container("FCIU9908030"), new DealKey.Container("MAGU5591240"));
        DealEvent discharged = discharge.get(0).events().get(0);
        assertThat(discharged.type()).isEqualTo("CONTAINER_DISCHARGED");
        assertThat(discharged.occurredAt()).isEqualTo(LocalDateTime.of(2016, 2, 3, 9, 13));
        assertThat(discharged.location()).isEqualTo("ITGOA");
        assertThat(discharged.detail()).containsEntry("vesselName", "COSCO AFRICA").containsEntry("voyageNo", "031W")
                .containsEntry("stowagePosition", "380886").containsEntry("terminal", "VTE");

        List<DealUpdate> load = messages.get(1).document();
        assertThat(load).hasSize(19);
        // the line is the container operator NAD+CF; TDT's carrier COS comes after it
        assertThat(load.get(0).key()).isEqualTo(new DealKey.Booking("9000157890", "COE"));
        DealEvent loaded = load.get(0).events().get(0);
        assertThat(loaded.type()).isEqualTo("CONTAINER_LOADED");
        assertThat(loaded.containerNo()).isEqualTo("CBHU6192031");
        assertThat(loaded.occurredAt()).isEqualTo(LocalDateTime.of(2016, 2, 4, 14, 38));
        assertThat(loaded.location()).isEqualTo("ITGOA");
        assertThat(loaded.detail()).containsEntry("stowagePosition", "261386").containsEntry("voyageNo", "032E");
    }

    @Test
    void csxRailIftsta00bUnderSyntaxLevel2IsReadWithTheStatusLevelContainerAndBooking() {
        byte[] published = corpus("IFTSTA__apimeister__edifact-types__test_iftsta_rs_rail.edi");

        List<DealUpdate> updates = reader.read(published).messages().get(0).document();

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).key()).isEqualTo(new DealKey.Booking("24O4023815", "ABCD"));
        DealEvent status = updates.get(0).events().get(0);
        // the status names TRHU4561222 in RFF+EQ and EQD; the message-level RFF+EQ is another container
        assertThat(status.containerNo()).isEqualTo("TRHU4561222");
        assertThat(status.occurredAt()).isEqualTo(LocalDateTime.of(2022, 11, 19, 7, 10));
        assertThat(status.location()).isEqualTo("USSYR");
        assertThat(status.detail()).containsEntry("statusCategory", "1").containsEntry("statusCode", "P")
                .containsEntry("statusText", "Rail Departed from In-Transit Locat")
                .containsEntry("blNo", "ABCD224O4023815X");
    }

    @Test
    void kotkaIftsta99bIsRejectedForItsSegmentCount() {
        List<String> problems = problems(corpus("IFTSTA__devlab-oy__pupesoft__edifact_haku_php_I1.edi"));

        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith("segment UNT #11, element 1")
                .contains("segment count 9 does not match the 10 segments"));
    }

    @Test
    void coarriOfDirectory23aAndBareCodecoMessagesAreRejectedByTheEnvelopeCheck() {
        assertThat(problems(corpus("COARRI__MJapdeva4302__ReadBaplie__output.edi"))).anySatisfy(problem ->
                assertThat(problem).startsWith("segment UNH #2").contains("directory D:23A is not supported"));
        assertThat(problems(corpus("CODECO__xeredi__portico__codeco2.itc"))).anySatisfy(problem ->
                assertThat(problem).startsWith("segment UNH #1").contains("UNB"));
    }

    private static List<String> problems(byte[] raw) {
        EdiSyntaxException rejected = catchThrowableOfType(() -> reader.read(raw), EdiSyntaxException.class);
        assertThat(rejected).isNotNull();
        return rejected.problems().stream().map(EdiSyntaxException.Problem::describe).toList();
    }


    private static byte[] corpus(String name) {
        Path file = CORPUS.resolve(name);
        assumeTrue(Files.exists(file), "corpus not available");
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

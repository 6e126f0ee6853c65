package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link EdifactReader#stream}: the large-interchange path gives what {@link EdifactReader#read} gives, message by message. */
class EdifactReaderStreamTest {

    private static final EdifactReader reader = SharedEdifactReader.get();

    @Test
    void streamingGivesTheSameUpdatesAsReadingWhole() {
        for (String file : List.of("iftmbc-two-messages.edi", "iftman-arrival.edi", "iftmbc-japanese-unox.edi",
                "iftmbc-bom-lf.edi")) {
            byte[] raw = TestFiles.edi(file);
            Interchange<List<DealUpdate>> whole = reader.read(raw);

            List<EdifactMessage<List<DealUpdate>>> streamed = new ArrayList<>();
            EdifactReader.StreamedInterchange summary = reader.stream(new ByteArrayInputStream(raw), null, streamed::add);

            assertThat(summary.messages()).as(file).isEqualTo(whole.messages().size());
            assertThat(summary.header()).as(file).isEqualTo(whole.header());
            // byte offsets: the streamed path knows them for ISO-2022-JP too, the whole path does not
            assertThat(streamed).as(file).usingRecursiveFieldByFieldElementComparatorIgnoringFields("document.keySource.byteOffset", "document.parties.position.byteOffset")
                    .isEqualTo(whole.messages());
        }
    }

    @Test
    void streamingCountsSegmentOrdinalsAcrossMessagesForErrorPositions() {
        String text = new String(TestFiles.edi("iftmbc-two-messages.edi"), StandardCharsets.ISO_8859_1)
                .replace("RFF+BN:MAEU240000002'", "RFF+BM:NOT-A-BOOKING'")
                .replace("BGM+770+INTTRA2024031800002+1+AP'", "BGM+770++1+AP'");

        MappingException rejected = catchThrowableOfType(() -> reader.stream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), null, message -> { }),
                MappingException.class);

        // UNB #1, first message UNH #2 … UNT #6, second message UNH #7, BGM #8
        assertThat(rejected.getMessage()).startsWith("segment BGM #8, element 2, component 1 (byte ")
                .contains("in message M0002").contains("no booking number");
    }

    @Test
    void wrongInterchangeControlCountIsReportedWithBothNumbers() {
        String text = new String(TestFiles.edi("iftmbc-two-messages.edi"), StandardCharsets.ISO_8859_1)
                .replace("UNZ+2+IB0000126'", "UNZ+3+IB0000126'");

        EdiSyntaxException rejected = catchThrowableOfType(() -> reader.stream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), null, message -> { }),
                EdiSyntaxException.class);

        assertThat(rejected.getMessage()).contains("segment UNZ #12").contains("control count 3 does not match the 2 message(s) sent");
    }

    @Test
    void unsupportedMessageTypeStopsTheStreamAtItsUnh() {
        EdiSyntaxException rejected = catchThrowableOfType(() -> reader.stream(
                new ByteArrayInputStream(TestFiles.edi("iftmin-unsupported-type.edi")), null, message -> { }),
                EdiSyntaxException.class);

        assertThat(rejected.getMessage()).contains("UNH").contains("IFTMIN");
    }
}

package io.minato.hub.mappings.edifact.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.IftmbcReader;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ContrlWriterTest {

    private static final LocalDateTime PREPARED = LocalDateTime.of(2024, 3, 16, 9, 5);

    @Test
    void acknowledgesAcceptedInterchangeEchoingItsUnbInUci() {
        byte[] received = TestFiles.resource("edi/iftmbc-unt-count-wrong.edi");
        InterchangeHeader header = EnvelopeInspector.inspect(received).orElseThrow();

        byte[] contrl = ContrlWriter.write(ContrlReport.accepted(header), OutboundEnvelope.answering(header, 43, PREPARED));

        assertThat(contrl).isEqualTo(TestFiles.resource("edi/write/contrl-accepted-v3.edi"));
        ReadBack read = ReadBack.read(contrl, StandardCharsets.US_ASCII);
        assertThat(read.errors()).isEmpty();
        // the CONTRL's own UNB goes back to the partner …
        assertThat(read.first("UNB").value(2, 1)).isEqualTo("MINATOHUB");
        assertThat(read.first("UNB").value(3, 1)).isEqualTo("INTTRA");
        // … while UCI names the subject interchange exactly as its UNB did
        ReadBack.Segment uci = read.first("UCI");
        assertThat(uci.value(1, 1)).isEqualTo("IB0000124");
        assertThat(uci.value(2, 1)).isEqualTo("INTTRA");
        assertThat(uci.value(3, 1)).isEqualTo("MINATOHUB");
        assertThat(uci.value(4, 1)).isEqualTo("7");
    }

    @Test
    void rejectsInterchangeWithUntCountMismatchAndUnknownSegmentFromTheRealReader() {
        byte[] received = new String(TestFiles.resource("edi/iftmbc-unt-count-wrong.edi"), StandardCharsets.US_ASCII)
                .replace("RFF+BN:", "XYZ+1'\nRFF+BN:").getBytes(StandardCharsets.US_ASCII);
        EdiSyntaxException error;
        try (IftmbcReader reader = new IftmbcReader()) {
            // envelope problems stop the reader before Smooks, so no DFDL compile here
            error = catchThrowableOfType(EdiSyntaxException.class, () -> reader.read(received));
        }
        InterchangeHeader header = EnvelopeInspector.inspect(received).orElseThrow();

        ContrlReport report = ContrlReport.rejected(header, ReceivedMessages.scan(received), error);
        byte[] contrl = ContrlWriter.write(report, OutboundEnvelope.answering(header, 43, PREPARED));

        assertThat(report.messages()).singleElement().satisfies(message -> {
            assertThat(message.error().error()).isEqualTo(SyntaxError.CONTROL_COUNT_MISMATCH);
            assertThat(message.segments()).singleElement().satisfies(segment -> {
                assertThat(segment.position()).isEqualTo(3); // UNH 1, BGM 2, XYZ 3
                assertThat(segment.error().error()).isEqualTo(SyntaxError.NOT_SUPPORTED_IN_POSITION);
            });
        });
        assertThat(contrl).isEqualTo(TestFiles.resource("edi/write/contrl-rejected-unt-count-unknown-segment-v3.edi"));
        assertThat(ReadBack.read(contrl, StandardCharsets.US_ASCII).errors()).isEmpty();
    }

    @Test
    void writesContrlVersion4ForSyntaxVersion4InTheReceivedCharset() {
        InterchangeHeader header = new InterchangeHeader("UNOY", "4", "UTF-8", "港湾物流:ONE", "ZZZ", "MINATOHUB", "ZZZ",
                "SI0000777", "20240316:0900");

        byte[] contrl = ContrlWriter.write(ContrlReport.accepted(header), OutboundEnvelope.answering(header, 44, PREPARED));

        assertThat(contrl).isEqualTo(TestFiles.resource("edi/write/contrl-accepted-v4-unoy.edi"));
        ReadBack read = ReadBack.read(contrl, StandardCharsets.UTF_8);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("UNH").value(2, 1) + ":" + read.first("UNH").value(2, 2) + ":" + read.first("UNH").value(2, 3))
                .isEqualTo("CONTRL:4:1");
        assertThat(read.first("UCI").value(2, 1)).isEqualTo("港湾物流:ONE");
    }
}

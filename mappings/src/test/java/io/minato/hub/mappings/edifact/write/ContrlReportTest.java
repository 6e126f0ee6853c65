package io.minato.hub.mappings.edifact.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.EdiSyntaxException.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrlReportTest {

    private static final InterchangeHeader HEADER = new InterchangeHeader("UNOC", "3", "ISO-8859-1", "INTTRA", "ZZZ",
            "MINATOHUB", "ZZZ", "IB0000124", "240316:0900");
    private static final List<ReceivedMessage> MESSAGES = List.of(
            new ReceivedMessage("1", new MessageIdentifier("IFTMBC", "D", "99B", "UN"), 2),
            new ReceivedMessage("2", new MessageIdentifier("IFTMBC", "D", "99B", "UN"), 9));

    @Test
    void reportsFirstUnzProblemInUciWithElementCountingTheTag() {
        ContrlReport report = rejected(
                new Problem(at(16, "UNZ", 1, null), "control count 3 does not match the 2 message(s) sent"),
                new Problem(at(16, "UNZ", 2, null), "reference IB0000999 does not match the UNB reference IB0000124"));

        assertThat(report.interchangeError().error()).isEqualTo(SyntaxError.CONTROL_COUNT_MISMATCH);
        assertThat(report.messages()).isEmpty();
        assertThat(contrl(report)).contains("'UCI+IB0000124+INTTRA:ZZZ+MINATOHUB:ZZZ+4+29+UNZ+2'UNT+3+1'");
    }

    @Test
    void placesProblemWithoutMessageReferenceInTheMessageHoldingItsSegment() {
        // the charset decoder knows segment ordinals, not messages
        ContrlReport report = rejected(new Problem(at(12, "NAD", 0, null),
                "byte 0xDC at offset 300 is not valid US-ASCII, which syntax identifier UNOA declares"));

        assertThat(report.messages()).singleElement().satisfies(message -> {
            assertThat(message.reference()).isEqualTo("2");
            assertThat(message.segments()).singleElement().isEqualTo(new ContrlReport.SegmentReport(4,
                    report.messages().get(0).segments().get(0).error()));
            assertThat(message.segments().get(0).error().error()).isEqualTo(SyntaxError.INVALID_CHARACTERS);
        });
        assertThat(contrl(report)).contains("UCM+2+IFTMBC:D:99B:UN+4'UCS+4+21'");
    }

    @Test
    void writesElementErrorsAsUcdWithComponent() {
        ContrlReport report = rejected(new Problem(at(4, "DTM", 1, "1").withElement(1, 2),
                "data element too long (value '2024031508301')"));

        assertThat(contrl(report)).contains("UCM+1+IFTMBC:D:99B:UN+4'UCS+3'UCD+39+2:2'UNT+6+1'");
    }

    @Test
    void reportsSecondUnhProblemOfAMessageAsUcsAtPositionOne() {
        ContrlReport report = rejected(
                new Problem(at(2, "UNH", 2, "1"), "message type IFTMIN:D:96A:UN is not supported here (supported: IFTMBC:D:99B)"),
                new Problem(at(2, "UNH", 1, "1"), "data element too long (value '123456789012345')"));

        assertThat(contrl(report)).contains("UCM+1+IFTMBC:D:99B:UN+4+14+UNH+3'UCS+1'UCD+39+2'");
    }

    @Test
    void writesOnlyTheCodeInUciWhenTheProblemIsNotAtAnEnvelopeSegment() {
        ContrlReport report = rejected(new Problem(EdiPosition.segment(1, null), "not a well-formed interchange: EOF"));

        assertThat(contrl(report)).contains("UCI+IB0000124+INTTRA:ZZZ+MINATOHUB:ZZZ+4+18'");
    }

    private static EdiPosition at(int ordinal, String tag, int element, String messageRef) {
        return EdiPosition.segment(ordinal, tag).withElement(element, 0).withReferences("IB0000124", messageRef);
    }

    private static ContrlReport rejected(Problem... problems) {
        return ContrlReport.rejected(HEADER, MESSAGES, new EdiSyntaxException(List.of(problems)));
    }

    private static String contrl(ContrlReport report) {
        byte[] written = ContrlWriter.write(report, OutboundEnvelope.answering(HEADER, 9, LocalDateTime.of(2024, 3, 16, 9, 5)));
        assertThat(ReadBack.read(written, StandardCharsets.ISO_8859_1).errors()).isEmpty();
        return new String(written, StandardCharsets.ISO_8859_1);
    }
}

package io.minato.hub.mappings.edifact.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrlReaderTest {

    @Test
    void readsAnAcceptingSyntax3ContrlAsAcceptedForTheInterchangeInUci() {
        AcknowledgementReceived ack = single(ContrlReader.read(TestFiles.edi("ack/contrl-v3-accepted.edi")));

        assertThat(ack.kind()).isEqualTo(AckKind.CONTRL);
        assertThat(ack.sender()).isEqualTo("INTTRA");
        assertThat(ack.senderQualifier()).isEqualTo("ZZZ");
        assertThat(ack.interchangeRef()).isEqualTo("C00001");
        assertThat(ack.answeredInterchangeRef()).isEqualTo("1001");
        assertThat(ack.answeredMessageRefs()).isEmpty();
        assertThat(ack.outcome()).isEqualTo(AckOutcome.ACCEPTED);
        assertThat(ack.reasons()).isEmpty();
    }

    @Test
    void readsARejectingSyntax4ContrlWithSegmentAndElementErrorsInEnglish() {
        AcknowledgementReceived ack = single(ContrlReader.read(TestFiles.edi("ack/contrl-v4-rejected-ucs-ucd.edi")));

        assertThat(ack.outcome()).isEqualTo(AckOutcome.REJECTED);
        assertThat(ack.answeredInterchangeRef()).isEqualTo("1002");
        assertThat(ack.answeredMessageRefs()).containsExactly("1", "2");
        assertThat(ack.reasons()).extracting(AckReason::describe).containsExactly(
                "message 1, segment 3, element 2, component 1: 0085 code 12 invalid value",
                "message 1, segment 7: 0085 code 13 missing",
                "message 2, segment UNT: 0085 code 29 control count does not match number of instances received");
        assertThat(ack.describe()).startsWith("CONTRL REJECTED: message 1, segment 3");
    }

    @Test
    void readsBackTheRejectingContrlTheHubWrites() {
        AcknowledgementReceived ack = single(ContrlReader.read(
                TestFiles.edi("write/contrl-rejected-unt-count-unknown-segment-v3.edi")));

        assertThat(ack.sender()).isEqualTo("MINATOHUB");
        assertThat(ack.answeredInterchangeRef()).isEqualTo("IB0000124");
        assertThat(ack.outcome()).isEqualTo(AckOutcome.REJECTED);
        assertThat(ack.reasons()).extracting(AckReason::describe).containsExactly(
                "message 1, segment UNT, element 1: 0085 code 29 control count does not match number of instances received",
                "message 1, segment 3: 0085 code 15 not supported in this position");
    }

    @Test
    void anAcceptedInterchangeWithOneRejectedMessageIsPartiallyAccepted() {
        AcknowledgementReceived ack = single(ContrlReader.read(contrl(
                "UCI+1005+MINATOHUB:ZZZ+INTTRA:ZZZ+7'UCM+1+IFTMBF:D:99B:UN+7'UCM+2+IFTMBF:D:99B:UN+4'UCS+4+35'")));

        assertThat(ack.outcome()).isEqualTo(AckOutcome.PARTIALLY_ACCEPTED);
        assertThat(ack.answeredMessageRefs()).containsExactly("1", "2");
        assertThat(ack.reasons()).extracting(AckReason::describe)
                .containsExactly("message 2, segment 4: 0085 code 35 too many segment repetitions");
    }

    @Test
    void aRejectionWithoutAnyCodeSaysSoOnceAtItsLevel() {
        AcknowledgementReceived ack = single(ContrlReader.read(contrl(
                "UCI+1013+MINATOHUB:ZZZ+INTTRA:ZZZ+4'UCM+1+IFTMBF:D:99B:UN+4'UCM+2+IFTMBF:D:99B:UN+7'")));

        assertThat(ack.reasons()).extracting(AckReason::describe)
                .containsExactly("message 1: message rejected, no error code given");
        assertThat(single(ContrlReader.read(contrl("UCI+1014+MINATOHUB:ZZZ+INTTRA:ZZZ+4'"))).reasons())
                .extracting(AckReason::describe).containsExactly("interchange: interchange rejected, no error code given");
    }

    @Test
    void actionEightIsAReceiptAndAnUnknownCodeIsNamedNotGuessed() {
        assertThat(single(ContrlReader.read(contrl("UCI+1006+MINATOHUB:ZZZ+INTTRA:ZZZ+8'"))).outcome())
                .isEqualTo(AckOutcome.RECEIVED);

        AcknowledgementReceived rejected = single(ContrlReader.read(contrl("UCI+1007+MINATOHUB:ZZZ+INTTRA:ZZZ+4+99'")));
        assertThat(rejected.reasons()).extracting(AckReason::describe)
                .containsExactly("interchange: 0085 code 99 (not in code list 0085)");
    }

    @Test
    void rejectsAnUnknownActionCodeAtItsElement() {
        byte[] raw = contrl("UCI+1008+MINATOHUB:ZZZ+INTTRA:ZZZ+5'");

        EdiSyntaxException error = catchThrowableOfType(EdiSyntaxException.class, () -> ContrlReader.read(raw));

        EdiPosition position = error.problems().get(0).position();
        assertThat(position.segmentTag()).isEqualTo("UCI");
        assertThat(position.segmentOrdinal()).isEqualTo(3); // UNB 1, UNH 2, UCI 3
        assertThat(position.element()).isEqualTo(4);
        assertThat(position.messageRef()).isEqualTo("1");
        assertThat(position.byteOffset()).isEqualTo(indexOf(raw, "UCI+"));
        assertThat(error.getMessage()).contains("UCI action (0083) '5' is not 4 (rejected), 7 (acknowledged) or 8 (received)");
    }

    @Test
    void rejectsAContrlMessageWithoutUciAndAUcdWithoutUcsEachAtItsSegment() {
        byte[] raw = contrl("UCM+1+IFTMBF:D:99B:UN+7'UCD+12+2'");

        EdiSyntaxException error = catchThrowableOfType(EdiSyntaxException.class, () -> ContrlReader.read(raw));

        assertThat(error.problems()).extracting(problem -> problem.position().segmentTag() + "#"
                        + problem.position().segmentOrdinal() + " " + problem.reason())
                .containsExactly("UCD#4 UCD (data element error) without the UCS it belongs to",
                        "UNH#2 CONTRL message 1 has no UCI (interchange response), so it answers nothing");
    }

    @Test
    void rejectsAWrongSegmentCountAndAForeignSegmentFromTheEnvelopeCheck() {
        byte[] raw = ("UNA:+.? 'UNB+UNOC:3+INTTRA:ZZZ+MINATOHUB:ZZZ+240316:0905+C9'UNH+1+CONTRL:D:3:UN'"
                + "UCI+1009+MINATOHUB:ZZZ+INTTRA:ZZZ+7'BGM+1'UNT+3+1'UNZ+1+C9'").getBytes(StandardCharsets.US_ASCII);

        EdiSyntaxException error = catchThrowableOfType(EdiSyntaxException.class, () -> ContrlReader.read(raw));

        assertThat(error.getMessage())
                .contains("segment BGM #4 (byte " + indexOf(raw, "BGM") + ") in message 1: segment BGM is not defined in CONTRL")
                .contains("segment UNT #5")
                .contains("segment count 3 does not match the 4 segments UNH…UNT of message 1");
    }

    /** A CONTRL interchange around {@code body} (the segments between UNH and UNT), counts right. */
    static byte[] contrl(String body) {
        int segments = body.split("'").length + 2;
        return ("UNA:+.? 'UNB+UNOC:3+INTTRA:ZZZ+MINATOHUB:ZZZ+240316:0905+C1'UNH+1+CONTRL:D:3:UN'" + body
                + "UNT+" + segments + "+1'UNZ+1+C1'").getBytes(StandardCharsets.US_ASCII);
    }

    static int indexOf(byte[] raw, String text) {
        return new String(raw, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    private static AcknowledgementReceived single(List<AcknowledgementReceived> acks) {
        assertThat(acks).hasSize(1);
        return acks.get(0);
    }
}

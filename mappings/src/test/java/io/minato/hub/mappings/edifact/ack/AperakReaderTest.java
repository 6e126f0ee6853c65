package io.minato.hub.mappings.edifact.ack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AperakReaderTest {

    @Test
    void readsARejectingD99bAperakWithEachErrorAndItsText() {
        AcknowledgementReceived ack = single(AperakReader.read(TestFiles.edi("ack/aperak-d99b-rejected.edi")));

        assertThat(ack.kind()).isEqualTo(AckKind.APERAK);
        assertThat(ack.sender()).isEqualTo("INTTRA");
        assertThat(ack.answeredInterchangeRef()).isEqualTo("1003");
        assertThat(ack.answeredMessageRefs()).containsExactly("1");
        assertThat(ack.outcome()).isEqualTo(AckOutcome.REJECTED);
        assertThat(ack.reasons()).extracting(AckReason::describe).containsExactly(
                "message 1: 9321 code BKG001 Booking number already used: BKG123456",
                "message 1: 9321 code LOC002 Port of loading JPXXX unknown check UN/LOCODE");
    }

    @Test
    void readsAnAcceptingD16aAperakBySyntax4() {
        AcknowledgementReceived ack = single(AperakReader.read(TestFiles.edi("ack/aperak-d16a-accepted.edi")));

        assertThat(ack.outcome()).isEqualTo(AckOutcome.ACCEPTED);
        assertThat(ack.answeredInterchangeRef()).isEqualTo("1004");
        assertThat(ack.messageRef()).isEqualTo("7");
        assertThat(ack.reasons()).isEmpty();
    }

    @Test
    void withoutADecisiveBgmAnErrorRejectsAndNoErrorAccepts() {
        assertThat(single(AperakReader.read(aperak("BGM+305+B1+9'RFF+ACE:1010'ERC+X1'"))).outcome())
                .isEqualTo(AckOutcome.REJECTED);
        assertThat(single(AperakReader.read(aperak("BGM+305+B1+9'RFF+ACE:1011'"))).outcome())
                .isEqualTo(AckOutcome.ACCEPTED);
        assertThat(single(AperakReader.read(aperak("BGM+305+B1+9+CA'RFF+ACE:1012'ERC+X2'"))).outcome())
                .isEqualTo(AckOutcome.PARTIALLY_ACCEPTED);
    }

    @Test
    void rejectsAnAperakThatNamesNoInterchangeAtItsUnt() {
        byte[] raw = aperak("BGM+305+B1+27'RFF+ACW:1'ERC+X1'");

        EdiSyntaxException error = catchThrowableOfType(EdiSyntaxException.class, () -> AperakReader.read(raw));

        EdiPosition position = error.problems().get(0).position();
        assertThat(position.segmentTag()).isEqualTo("UNT");
        assertThat(position.segmentOrdinal()).isEqualTo(6);
        assertThat(position.byteOffset()).isEqualTo(ContrlReaderTest.indexOf(raw, "UNT+"));
        assertThat(error.getMessage()).contains("names no interchange it answers (RFF+ACE");
    }

    @Test
    void tellsAcknowledgementsFromBusinessMessages() {
        assertThat(AcknowledgementReader.kindOf(TestFiles.edi("ack/contrl-v3-accepted.edi"))).contains(AckKind.CONTRL);
        assertThat(AcknowledgementReader.kindOf(TestFiles.edi("ack/aperak-d16a-accepted.edi"))).contains(AckKind.APERAK);
        assertThat(AcknowledgementReader.kindOf(TestFiles.edi("iftmbc-inttra-confirmed.edi"))).isEmpty();
        assertThat(AcknowledgementReader.kindOf(TestFiles.edi("not-edifact.txt"))).isEmpty();
    }

    @Test
    void aContrlInAnAperakInterchangeIsRejectedAsAnotherType() {
        EdiSyntaxException error = catchThrowableOfType(EdiSyntaxException.class,
                () -> AperakReader.read(TestFiles.edi("ack/contrl-v3-accepted.edi")));

        assertThat(error.getMessage()).contains("message type CONTRL:D:3:UN is not supported here (supported: APERAK)");
    }

    private static byte[] aperak(String body) {
        int segments = body.split("'").length + 2;
        return ("UNA:+.? 'UNB+UNOC:3+INTTRA:ZZZ+MINATOHUB:ZZZ+240316:0905+A1'UNH+1+APERAK:D:99B:UN'" + body
                + "UNT+" + segments + "+1'UNZ+1+A1'").getBytes(StandardCharsets.US_ASCII);
    }

    private static AcknowledgementReceived single(List<AcknowledgementReceived> acks) {
        assertThat(acks).hasSize(1);
        return acks.get(0);
    }
}

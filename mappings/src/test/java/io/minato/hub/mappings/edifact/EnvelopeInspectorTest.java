package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EnvelopeInspectorTest {

    @Test
    void readsUnbBehindBomAndLineFeeds() {
        assertThat(EnvelopeInspector.inspect(TestFiles.edi("iftmbc-bom-lf.edi"))).contains(new InterchangeHeader(
                "UNOC", "3", "ISO-8859-1", "INTTRA", "ZZZ", "MINATOHUB", "ZZZ", "IB0000128", "240321:1400"));
    }

    @Test
    void readsUnbWithNonDefaultDelimitersFromUna() {
        byte[] raw = "UNA|*,! ~\r\nUNB*UNOY|3*SENDER!*1|ZZZ*RECIPIENT*240101|0900*REF!~1~\r\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(EnvelopeInspector.inspect(raw)).contains(new InterchangeHeader(
                "UNOY", "3", "UTF-8", "SENDER*1", "ZZZ", "RECIPIENT", null, "REF~1", "240101:0900"));
    }

    @Test
    void readsAcknowledgementRequestAndTestIndicator() {
        byte[] asked = "UNB+UNOC:3+S:ZZZ+R:ZZZ+240101:0900+R1++++1++1'".getBytes(StandardCharsets.US_ASCII);
        byte[] notAsked = "UNB+UNOC:3+S:ZZZ+R:ZZZ+240101:0900+R1++APP'".getBytes(StandardCharsets.US_ASCII);

        assertThat(EnvelopeInspector.inspect(asked)).hasValueSatisfying(h -> {
            assertThat(h.acknowledgementRequested()).isTrue();
            assertThat(h.test()).isTrue();
        });
        assertThat(EnvelopeInspector.inspect(notAsked)).hasValueSatisfying(h -> {
            assertThat(h.acknowledgementRequested()).isFalse();
            assertThat(h.test()).isFalse();
        });
    }

    @Test
    void decodesUnbWithTheCharsetItDeclares() {
        byte[] raw = "UNB+UNOY:3+横浜商事:ZZZ+MINATO+240101:0900+R1'".getBytes(StandardCharsets.UTF_8);

        assertThat(EnvelopeInspector.inspect(raw)).hasValueSatisfying(h -> assertThat(h.senderId()).isEqualTo("横浜商事"));
    }

    @Test
    void leavesCharsetEmptyForUnknownSyntaxIdentifier() {
        byte[] raw = "UNB+XXXA:1+S+R+240101:0900+R1'".getBytes(StandardCharsets.US_ASCII);

        assertThat(EnvelopeInspector.inspect(raw)).hasValueSatisfying(h -> assertThat(h.charsetName()).isNull());
    }

    @Test
    void findsNothingInGarbage() {
        assertThat(EnvelopeInspector.inspect(TestFiles.edi("not-edifact.txt"))).isEmpty();
        assertThat(EnvelopeInspector.inspect(new byte[0])).isEmpty();
        assertThat(EnvelopeInspector.inspect(null)).isEmpty();
        assertThat(EnvelopeInspector.inspect("UNA:+".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EnvelopeInspector.inspect("UNB+UNOC:3+never terminated".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(EnvelopeInspector.inspect("UNH+1+IFTMBC:D:99B:UN'".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void neverThrowsOnRandomBytes() {
        Random random = new Random(20240315);
        for (int i = 0; i < 2_000; i++) {
            byte[] raw = new byte[random.nextInt(64)];
            random.nextBytes(raw);
            if (i % 2 == 0 && raw.length > 12) {
                System.arraycopy("UNA:+.? 'UNB".getBytes(StandardCharsets.US_ASCII), 0, raw, 0, 12);
            }
            EnvelopeInspector.inspect(raw);
        }
    }
}

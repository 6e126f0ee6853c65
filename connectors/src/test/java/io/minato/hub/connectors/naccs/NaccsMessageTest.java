package io.minato.hub.connectors.naccs;

import static io.minato.hub.connectors.naccs.InputCommonPartTest.INPUT;
import static io.minato.hub.connectors.naccs.InputCommonPartTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaccsMessageTest {

    @Test
    void lengthItemCountsCommonPartItemsAndAllCrlfs() {
        byte[] business = "ABC\r\n12345\r\n".getBytes(StandardCharsets.US_ASCII);

        byte[] bytes = new NaccsMessage(INPUT, business, StandardCharsets.UTF_8).toBytes();

        assertThat(bytes).hasSize(412);
        assertThat(text(bytes, 392, 398)).isEqualTo("000412");
        assertThat(Arrays.copyOfRange(bytes, 400, 412)).isEqualTo(business);
    }

    @Test
    void parsesAnOutputMessage() {
        byte[] business = ProcessingResult.normalEnd(List.of("20250000001")).toBusinessPart(StandardCharsets.UTF_8);
        byte[] raw = new NaccsMessage(OutputCommonPartTest.OUTPUT, business, null).toBytes();

        NaccsMessage parsed = NaccsMessage.parseOutput(raw);

        assertThat(parsed.commonPart()).isInstanceOfSatisfying(OutputCommonPart.class,
                common -> assertThat(common.messageLength()).isEqualTo(raw.length));
        assertThat(parsed.businessPart()).isEqualTo(business);
        assertThat(parsed.toString()).contains("businessPart=" + business.length + " bytes");
    }

    @Test
    void toleratesALineEndAddedByMailTransport() {
        byte[] raw = new NaccsMessage(OutputCommonPartTest.OUTPUT, new byte[0], null).toBytes();
        byte[] withLineEnd = Arrays.copyOf(raw, raw.length + 2);
        withLineEnd[raw.length] = '\r';
        withLineEnd[raw.length + 1] = '\n';

        assertThat(NaccsMessage.parseOutput(withLineEnd).businessPart()).isEmpty();
    }

    @Test
    void rejectsAMessageWhoseLengthItemDisagrees() {
        byte[] raw = new NaccsMessage(OutputCommonPartTest.OUTPUT, "X\r\n".getBytes(StandardCharsets.UTF_8), null)
                .toBytes();
        byte[] truncated = Arrays.copyOf(raw, raw.length - 1);

        assertThatThrownBy(() -> NaccsMessage.parseOutput(truncated))
                .isInstanceOfSatisfying(NaccsFormatException.class,
                        e -> assertThat(e.position().byteOffset()).isEqualTo(392))
                .hasMessageContaining("says 403 bytes but the message has 402");
    }

    @Test
    void rejectsAMessageShorterThanTheCommonPart() {
        assertThatThrownBy(() -> NaccsMessage.parseOutput(new byte[100]))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("shorter than the 400-byte common part");
    }
}

package io.minato.hub.connectors.naccs;

import static io.minato.hub.connectors.naccs.InputCommonPartTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class OutputCommonPartTest {

    static final OutputCommonPart OUTPUT = new OutputCommonPart("ECR", "*SECR", LocalDateTime.of(2025, 4, 1, 9, 30, 5),
            "ABCDE", "TRM001", "20250000001 BKG123", "HUB-0001", 1, true, MessageKind.R, "0000000042",
            "deal=42", DestinationType.Q, 0);

    @Test
    void writesEveryItemAtItsOffset() {
        byte[] bytes = OUTPUT.encode(512);

        assertThat(bytes).hasSize(400);
        assertThat(text(bytes, 3, 8)).isEqualTo("ECR  ");
        assertThat(text(bytes, 8, 15)).isEqualTo("*SECR  ");
        assertThat(text(bytes, 15, 29)).isEqualTo("20250401093005");
        assertThat(text(bytes, 29, 34)).isEqualTo("ABCDE");
        assertThat(text(bytes, 45, 51)).isEqualTo("TRM001");
        assertThat(text(bytes, 115, 179)).startsWith("20250000001 BKG123 ").hasSize(64);
        assertThat(text(bytes, 219, 245)).startsWith("HUB-0001 ");
        assertThat(text(bytes, 245, 248)).isEqualTo("001");
        assertThat(text(bytes, 248, 249)).isEqualTo("E");
        assertThat(text(bytes, 249, 250)).isEqualTo("R");
        assertThat(text(bytes, 253, 263)).isEqualTo("0000000042");
        assertThat(text(bytes, 263, 270)).isEqualTo("deal=42");
        assertThat(text(bytes, 363, 364)).isEqualTo("Q");
        assertThat(text(bytes, 392, 400)).isEqualTo("000512\r\n");
    }

    @Test
    void roundTripsWithTheLengthAsRead() {
        OutputCommonPart decoded = OutputCommonPart.decode(OUTPUT.encode(400));

        assertThat(decoded).isEqualTo(new OutputCommonPart("ECR", "*SECR", OUTPUT.receivedAt(), "ABCDE", "TRM001",
                "20250000001 BKG123", "HUB-0001", 1, true, MessageKind.R, "0000000042", "deal=42",
                DestinationType.Q, 400));
        assertThat(decoded.isProcessingResult()).isTrue();
    }

    @Test
    void rejectsUnknownMessageKindNamingItsOffset() {
        byte[] bytes = OUTPUT.encode(400);
        bytes[249] = 'X';

        assertThatThrownBy(() -> OutputCommonPart.decode(bytes))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("item messageKind at byte 249");
    }

    @Test
    void rejectsACommonPartWithoutCrlf() {
        byte[] bytes = OUTPUT.encode(400);
        bytes[398] = ' ';

        assertThatThrownBy(() -> OutputCommonPart.decode(bytes))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("CRLF");
    }
}

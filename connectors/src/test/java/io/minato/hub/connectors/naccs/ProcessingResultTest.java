package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessingResultTest {

    @Test
    void parsesANormalEndWithBusinessKeys() {
        byte[] part = ("00000-0000-0000" + " ".repeat(60) + "\r\n20250000001\r\n").getBytes(StandardCharsets.UTF_8);

        ProcessingResult result = ProcessingResult.parse(part, StandardCharsets.UTF_8);

        assertThat(result.codes()).containsExactly(ResultCode.NORMAL_END);
        assertThat(result.isNormalEnd()).isTrue();
        assertThat(result.businessKeys()).containsExactly("20250000001");
    }

    @Test
    void parsesErrorCodesWithItemAndRepeatPosition() {
        byte[] part = "S0001-BDCD-0000S0001-CNNO-0003W0001-0000-0000\r\n".getBytes(StandardCharsets.UTF_8);

        ProcessingResult result = ProcessingResult.parse(part, StandardCharsets.UTF_8);

        assertThat(result.codes()).hasSize(3);
        assertThat(result.errors()).extracting(ResultCode::item).containsExactly("BDCD", "CNNO");
        assertThat(result.codes().get(1).repeatPosition()).isEqualTo(3);
        assertThat(result.codes().get(2).isError()).isFalse();
        assertThat(result.isNormalEnd()).isFalse();
        assertThat(result.businessKeys()).isEmpty();
    }

    @Test
    void readsSystemErrorClasses() {
        ResultCode badPassword = ResultCode.parse("A0004-0000-0000");

        assertThat(badPassword.resultClass()).isEqualTo('A');
        assertThat(badPassword.isError()).isTrue();
        assertThat(badPassword.item()).isNull();
        assertThat(badPassword).hasToString("A0004-0000-0000");
    }

    @Test
    void writesWhatItParses() {
        ProcessingResult result = new ProcessingResult(List.of(ResultCode.parse("E1234-EXCD-0000")), List.of("K1", "K2"));

        byte[] part = result.toBusinessPart(StandardCharsets.UTF_8);

        assertThat(part).hasSize(75 + 2 + 4 + 4);
        assertThat(ProcessingResult.parse(part, StandardCharsets.UTF_8)).isEqualTo(result);
    }

    @Test
    void rejectsAGarbledCodeNamingItsSlot() {
        byte[] part = "00000-0000-0000A004-0000-00000\r\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ProcessingResult.parse(part, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(NaccsFormatException.class,
                        e -> assertThat(e.position()).isEqualTo(new ItemPosition("resultCode", null, 415, 2)));
    }
}

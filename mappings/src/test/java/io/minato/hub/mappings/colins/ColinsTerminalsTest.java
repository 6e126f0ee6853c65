package io.minato.hub.mappings.colins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.colins.ColinsTerminals.Consent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ColinsTerminalsTest {

    @Test
    void tellsConsentingRefusingAndUnknownTerminalsApart() {
        ColinsTerminals terminals = read("""
                terminals:
                  TYO-OI4: {name: 大井コンテナふ頭4号, port: JPTYO, consent: true}
                  YOK-DC4: {name: 大黒ふ頭C-4, port: JPYOK, consent: false}
                """);

        assertThat(terminals.consent("TYO-OI4")).isEqualTo(Consent.CONSENTED);
        assertThat(terminals.consent("YOK-DC4")).isEqualTo(Consent.NOT_CONSENTED);
        assertThat(terminals.consent("UKB-RC5")).isEqualTo(Consent.UNKNOWN);
        assertThat(terminals.all()).extracting(ColinsTerminal::code).containsExactly("TYO-OI4", "YOK-DC4");
    }

    @Test
    void refusesAListWithoutAnExplicitConsentNamingEveryProblem() {
        assertThatThrownBy(() -> read("""
                terminals:
                  TYO-OI4: {name: 大井コンテナふ頭4号, port: JPTYO}
                  YOK-DC4: {name: "", port: Yokohama, consent: "yes"}
                """))
                .isInstanceOf(InvalidColinsTerminalsException.class)
                .hasMessage("Colins terminal list test.yml: TYO-OI4: consent must be true or false; YOK-DC4: name is"
                        + " missing; YOK-DC4: port 'Yokohama' is not a UN/LOCODE (e.g. JPTYO); YOK-DC4: consent must"
                        + " be true or false");
    }

    @Test
    void theShippedListIsValidAndNamesATerminalThatDidNotConsent() throws IOException {
        Path shipped = Path.of("../config/colins/terminals.yml");
        try (InputStream in = Files.newInputStream(shipped)) {
            ColinsTerminals terminals = ColinsTerminals.read(in, shipped.toString());
            assertThat(terminals.all()).anyMatch(terminal -> !terminal.consented());
            assertThat(terminals.all()).filteredOn(ColinsTerminal::consented).extracting(ColinsTerminal::portCode)
                    .contains("JPTYO", "JPYOK", "JPUKB");
        }
    }

    private static ColinsTerminals read(String yaml) {
        return ColinsTerminals.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}

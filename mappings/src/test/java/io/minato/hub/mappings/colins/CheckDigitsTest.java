package io.minato.hub.mappings.colins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckDigitsTest {

    @Test
    void acceptsContainerNumbersWhoseCheckDigitFits() {
        assertThat(CheckDigits.isContainerNumber("CSQU3054383")).isTrue();
        assertThat(CheckDigits.isContainerNumber("ONEU1234566")).isTrue();
        // a check value of 10 is written 0
        assertThat(CheckDigits.isContainerNumber("FCIU7711000")).isTrue();
    }

    @Test
    void refusesContainerNumbersWithAWrongCheckDigitOrShape() {
        assertThat(CheckDigits.isContainerNumber("CSQU3054384")).isFalse();
        assertThat(CheckDigits.isContainerNumber("CSQX3054383")).isFalse();
        assertThat(CheckDigits.isContainerNumber("csqu3054383")).isFalse();
        assertThat(CheckDigits.isContainerNumber("CSQU305438")).isFalse();
        assertThat(CheckDigits.isContainerNumber(null)).isFalse();
    }

    @Test
    void checksImoNumbers() {
        assertThat(CheckDigits.isImoNumber("9074729")).isTrue();
        assertThat(CheckDigits.isImoNumber("9354789")).isTrue();
        assertThat(CheckDigits.isImoNumber("9074728")).isFalse();
        assertThat(CheckDigits.isImoNumber("907472")).isFalse();
        assertThat(CheckDigits.isImoNumber("IMO9074729")).isFalse();
    }
}

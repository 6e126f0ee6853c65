package io.minato.hub.routes.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.minato.hub.mappings.partner.Acknowledgement;
import io.minato.hub.mappings.wire.AckExpected;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AcknowledgementExpectationsTest {

    @Test
    void expectsWhatThePartnerExchangesAndContrlFirstWhenItExchangesBoth() {
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.CONTRL, "IFTMBF")).isEqualTo(AckExpected.CONTRL);
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.APERAK, "IFTMIN")).isEqualTo(AckExpected.APERAK);
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.CONTRL_AND_APERAK, "IFTMIN"))
                .isEqualTo(AckExpected.CONTRL);
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.NONE, "IFTMIN")).isEqualTo(AckExpected.NONE);
    }

    @Test
    void neverExpectsAnAcknowledgementOfAnAcknowledgement() {
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.CONTRL, "CONTRL")).isEqualTo(AckExpected.NONE);
        assertThat(AcknowledgementExpectations.expectedFor(Acknowledgement.CONTRL_AND_APERAK, "APERAK"))
                .isEqualTo(AckExpected.NONE);
    }

    @Test
    void refusesATimeoutThatWouldMakeEverythingOverdueAtOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AcknowledgementExpectations(null, Duration.ZERO))
                .withMessageContaining("ack-timeout must be positive");
    }
}

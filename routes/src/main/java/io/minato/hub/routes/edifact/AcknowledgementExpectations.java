package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.ack.AckKind;
import io.minato.hub.mappings.partner.Acknowledgement;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.wire.AckExpected;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Decides which acknowledgement an outbound interchange awaits and records it with its due time
 * ({@code minato.edifact.ack-timeout} from now). A partner's profile says which acknowledgements
 * it exchanges with us; the interchange agreement makes that mutual, so what it wants from us is
 * what we expect from it. With CONTRL and APERAK the CONTRL comes first and is the one awaited;
 * an APERAK after it still records its outcome.
 */
@Component
public class AcknowledgementExpectations {

    private final WireMessageStore wireMessages;
    private final Duration timeout;

    public AcknowledgementExpectations(WireMessageStore wireMessages,
                                       @Value("${minato.edifact.ack-timeout}") Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("minato.edifact.ack-timeout must be positive, not " + timeout);
        }
        this.wireMessages = wireMessages;
        this.timeout = timeout;
    }

    /**
     * Records what the archived outbound interchange {@code outboundId} of {@code messageType}
     * (UNH 0065 of its messages) to {@code partner} awaits; answers it.
     */
    public AckExpected expect(long outboundId, PartnerProfile partner, String messageType) {
        AckExpected expected = expectedFor(partner.acknowledgement(), messageType);
        wireMessages.expectAcknowledgement(outboundId, expected, OffsetDateTime.now().plus(timeout));
        return expected;
    }

    static AckExpected expectedFor(Acknowledgement agreed, String messageType) {
        if (AckKind.CONTRL.name().equals(messageType) || AckKind.APERAK.name().equals(messageType)) {
            // an acknowledgement is never acknowledged (ISO 9735-5), else two hubs would answer each other forever
            return AckExpected.NONE;
        }
        return switch (agreed) {
            case NONE -> AckExpected.NONE;
            case CONTRL, CONTRL_AND_APERAK -> AckExpected.CONTRL;
            case APERAK -> AckExpected.APERAK;
        };
    }
}

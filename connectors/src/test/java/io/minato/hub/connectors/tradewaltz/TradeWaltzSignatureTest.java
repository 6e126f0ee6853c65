package io.minato.hub.connectors.tradewaltz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TradeWaltzSignatureTest {

    private static final String SECRET = "test-webhook-secret";
    private static final Instant SENT = Instant.parse("2026-06-01T00:00:00Z");
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final byte[] BODY = "{\"request\":{\"requestId\":\"TWR-1\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsTimestampAndBodyAsHexHmacSha256() {
        // HMAC-SHA256("test-webhook-secret", "1780272000." + body), computed independently with openssl
        assertThat(TradeWaltzSignature.sign(SECRET, SENT, BODY))
                .isEqualTo("t=1780272000,v1=" + Hmac.hex(SECRET, "1780272000." + new String(BODY, StandardCharsets.UTF_8)));
    }

    @Test
    void acceptsItsOwnSignatureWithinTheTolerance() {
        String header = TradeWaltzSignature.sign(SECRET, SENT, BODY);

        assertThat(TradeWaltzSignature.refusal(SECRET, header, BODY, SENT.plusSeconds(299), TOLERANCE)).isEmpty();
        assertThat(TradeWaltzSignature.refusal(SECRET, " v1=" + header.substring(header.indexOf("v1=") + 3) + ", t="
                + SENT.getEpochSecond(), BODY, SENT, TOLERANCE)).as("in any order").isEmpty();
    }

    @Test
    void refusesAnotherBodyAnotherSecretAStaleTimestampAndMalformedHeaders() {
        String header = TradeWaltzSignature.sign(SECRET, SENT, BODY);
        byte[] tampered = "{\"request\":{\"requestId\":\"TWR-2\"}}".getBytes(StandardCharsets.UTF_8);

        assertThat(TradeWaltzSignature.refusal(SECRET, header, tampered, SENT, TOLERANCE)).hasValue(
                "the signature does not match the body under the shared webhook secret");
        assertThat(TradeWaltzSignature.refusal("other-secret", header, BODY, SENT, TOLERANCE)).isPresent();
        assertThat(TradeWaltzSignature.refusal(SECRET, header, BODY, SENT.plusSeconds(301), TOLERANCE)).hasValue(
                "the signature's timestamp is 301 s away from the hub's clock (tolerance 300 s): a replay or a wrong clock");
        assertThat(TradeWaltzSignature.refusal(SECRET, null, BODY, SENT, TOLERANCE)).hasValue("no X-TradeWaltz-Signature header");
        assertThat(TradeWaltzSignature.refusal(SECRET, "sha256=abc", BODY, SENT, TOLERANCE)).hasValue(
                "X-TradeWaltz-Signature must read t=<epoch seconds>,v1=<hex HMAC-SHA256>");
        assertThat(TradeWaltzSignature.refusal(SECRET, "t=1780272000,v1=zz", BODY, SENT, TOLERANCE)).hasValue(
                "X-TradeWaltz-Signature v1 is not hexadecimal");
    }
}

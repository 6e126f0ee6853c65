package io.minato.hub.routes.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookRetryAndSignatureTest {

    @Test
    void backOffGrowsByTheMultiplierUpToTheMaximum() {
        WebhookSettings.Retry retry = new WebhookSettings.Retry(8, Duration.ofSeconds(30), 4, Duration.ofHours(6));

        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.delayAfter(3)).isEqualTo(Duration.ofMinutes(8));
        assertThat(retry.delayAfter(7)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void signatureIsTheHexHmacSha256OfTheBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}

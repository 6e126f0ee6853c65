package io.minato.hub.routes.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Minato-Signature: sha256=<hex>}: HMAC-SHA256 of the raw request body with the target's
 * secret. A receiver recomputes it over the bytes it received and compares in constant time.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every JDK: this is a broken runtime, not a bad input
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}

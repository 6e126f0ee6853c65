package io.minato.hub.app.webhook;

import io.minato.hub.app.support.AesGcmCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Webhook signing secrets at rest: encrypted, not hashed, because the hub must sign every delivery
 * with them. Its own key ({@code minato.webhooks.secret-key}, env {@code MINATO_WEBHOOKS_SECRET_KEY}),
 * so the NACCS key does not also open these; the target id is the associated data.
 */
@Component
class WebhookSecretCipher {

    /** The development key shipped in config/application.yml: public, never for real secrets. */
    static final String DEVELOPMENT_KEY = "Jm1b8cQ2Yb1lWkq8m0yN8f3u6Vq2H0gK4tA9xZc7RvE=";

    private final AesGcmCipher cipher;

    WebhookSecretCipher(@Value("${minato.webhooks.secret-key}") String base64Key) {
        this.cipher = new AesGcmCipher("minato.webhooks.secret-key", base64Key, DEVELOPMENT_KEY,
                "MINATO_WEBHOOKS_SECRET_KEY");
    }

    String encrypt(String secret, long targetId) {
        return cipher.encrypt(secret, owner(targetId));
    }

    String decrypt(String stored, long targetId) {
        return cipher.decrypt(stored, owner(targetId));
    }

    private static String owner(long targetId) {
        return "webhook target " + targetId;
    }
}

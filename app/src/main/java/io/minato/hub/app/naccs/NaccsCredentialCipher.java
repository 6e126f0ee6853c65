package io.minato.hub.app.naccs;

import io.minato.hub.app.support.AesGcmCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts NACCS passwords at rest with {@link AesGcmCipher}, the NACCS user ID as associated data
 * so a ciphertext copied onto another user's row does not decrypt.
 *
 * <p>The key is {@code minato.naccs.credential-key} (base64 of 32 bytes), in production the
 * environment variable {@code MINATO_NACCS_CREDENTIAL_KEY}; the value in config/application.yml is a
 * published development key, and the hub says so loudly when it runs with it.
 */
@Component
class NaccsCredentialCipher {

    /** The development key shipped in config/application.yml: public, never for real credentials. */
    static final String DEVELOPMENT_KEY = "o4WZk/fZApHnuHB5pIxb3c2umWfYmUXzDk6qW+qIwyQ=";

    private final AesGcmCipher cipher;

    NaccsCredentialCipher(@Value("${minato.naccs.credential-key}") String base64Key) {
        this.cipher = new AesGcmCipher("minato.naccs.credential-key", base64Key, DEVELOPMENT_KEY,
                "MINATO_NACCS_CREDENTIAL_KEY");
    }

    String encrypt(String password, String userId) {
        return cipher.encrypt(password, userId);
    }

    String decrypt(String stored, String userId) {
        return cipher.decrypt(stored, userId);
    }
}

package io.minato.hub.app.naccs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts NACCS passwords at rest: AES-256-GCM (JDK), a fresh 96-bit nonce per encryption, the
 * NACCS user ID as associated data so a ciphertext copied onto another user's row does not decrypt.
 * Stored as {@code v1:<base64(nonce ‖ ciphertext ‖ tag)>}; the prefix leaves room for key rotation.
 *
 * <p>The key is {@code minato.naccs.credential-key} (base64 of 32 bytes), in production the
 * environment variable {@code MINATO_NACCS_CREDENTIAL_KEY}; the value in config/application.yml is a
 * published development key, and the hub says so loudly when it runs with it.
 */
@Component
class NaccsCredentialCipher {

    /** The development key shipped in config/application.yml: public, never for real credentials. */
    static final String DEVELOPMENT_KEY = "o4WZk/fZApHnuHB5pIxb3c2umWfYmUXzDk6qW+qIwyQ=";

    private static final Logger log = LoggerFactory.getLogger(NaccsCredentialCipher.class);
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    NaccsCredentialCipher(@Value("${minato.naccs.credential-key}") String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("minato.naccs.credential-key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("minato.naccs.credential-key must be 32 bytes (base64 of 256 bits), is "
                    + bytes.length);
        }
        if (DEVELOPMENT_KEY.equals(base64Key.strip())) {
            log.warn("NACCS passwords are encrypted with the PUBLIC DEVELOPMENT KEY: set MINATO_NACCS_CREDENTIAL_KEY"
                    + " (base64 of 32 random bytes) before storing real NACCS credentials");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(String password, String userId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(userId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the password of NACCS user " + userId, e);
        }
    }

    String decrypt(String stored, String userId) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("the stored password of NACCS user " + userId + " is not " + VERSION);
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(userId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // wrong key (rotated without re-encrypting) or a tampered row; never the ciphertext in the message
            throw new IllegalStateException("cannot decrypt the password of NACCS user " + userId
                    + " with minato.naccs.credential-key: " + e.getClass().getSimpleName(), e);
        }
    }
}

package io.minato.hub.app.support;

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

/**
 * Credentials the hub must use again (NACCS passwords, webhook signing secrets), encrypted at rest:
 * AES-256-GCM (JDK), a fresh 96-bit nonce per encryption, and associated data naming the row's
 * owner so a ciphertext copied onto another row does not decrypt. Stored as
 * {@code v1:<base64(nonce ‖ ciphertext ‖ tag)>}; the prefix leaves room for key rotation.
 *
 * <p>One instance per purpose, each with its own key property, so a leaked key opens one kind of
 * credential only. A purpose's published development key is accepted (the embedded runtime must
 * start with no set-up) but logged as a warning at start-up.
 */
public final class AesGcmCipher {

    private static final Logger log = LoggerFactory.getLogger(AesGcmCipher.class);
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final String keyProperty;
    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keyProperty    the configuration key the key came from, for messages
     * @param base64Key      base64 of 32 bytes
     * @param developmentKey the public key shipped in config/application.yml for this purpose
     * @param environmentVariable where production sets the key, for the warning
     */
    public AesGcmCipher(String keyProperty, String base64Key, String developmentKey, String environmentVariable) {
        this.keyProperty = keyProperty;
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(keyProperty + " is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(keyProperty + " must be 32 bytes (base64 of 256 bits), is " + bytes.length);
        }
        if (developmentKey.equals(base64Key.strip())) {
            log.warn("{} is the PUBLIC DEVELOPMENT KEY: set {} (base64 of 32 random bytes) before storing real"
                    + " credentials", keyProperty, environmentVariable);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** @param owner associated data binding the ciphertext to its row (an id or a code), ASCII or UTF-8 */
    public String encrypt(String plain, String owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the credential of " + owner, e);
        }
    }

    public String decrypt(String stored, String owner) {
        if (stored == null || !stored.startsWith(VERSION)) {
            throw new IllegalStateException("the stored credential of " + owner + " is not " + VERSION);
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // wrong key (rotated without re-encrypting) or a tampered row; never the ciphertext in the message
            throw new IllegalStateException("cannot decrypt the credential of " + owner + " with " + keyProperty
                    + ": " + e.getClass().getSimpleName(), e);
        }
    }
}

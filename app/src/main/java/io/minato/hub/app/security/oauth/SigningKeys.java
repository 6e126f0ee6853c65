package io.minato.hub.app.security.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.minato.hub.app.support.AesGcmCipher;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The RSA key pair access tokens are signed with (RS256), kept in the database so that every hub
 * instance on it signs and verifies with the same key and tokens survive a restart; the first instance
 * that finds none creates it. Configuring a key pair per deployment would work as well, but every
 * deployer would have to make one and hand it to each instance, and the embedded runtime must start
 * with no set-up. The private key is encrypted with its own key ({@code minato.oauth.key-encryption-key},
 * env {@code MINATO_OAUTH_KEY_ENCRYPTION_KEY}), like NACCS passwords and webhook secrets.
 *
 * <p>Loaded once per instance (at start, so a wrong encryption key stops the hub rather than the first
 * token request). Rotating means retiring the row and restarting the instances; tokens signed with
 * the old key then stop working, which their ten-minute life makes bearable.
 */
@Component
class SigningKeys implements ApplicationRunner {

    /** The development key shipped in config/application.yml: public, never for a real deployment. */
    static final String DEVELOPMENT_KEY = "mS/vZUUD+QM3lxDh4zO2sm0gS9kBD+92H47PXYULh2o=";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int RSA_BITS = 2048;

    private final SigningKeyMapper mapper;
    private final AesGcmCipher cipher;
    private volatile RSAKey active;

    SigningKeys(SigningKeyMapper mapper, OAuthSettings settings) {
        this.mapper = mapper;
        this.cipher = new AesGcmCipher("minato.oauth.key-encryption-key", settings.keyEncryptionKey(),
                DEVELOPMENT_KEY, "MINATO_OAUTH_KEY_ENCRYPTION_KEY");
    }

    @Override
    public void run(ApplicationArguments args) {
        RSAKey key = active();
        log.info("OAuth access tokens are signed with key {}", key.getKeyID());
    }

    /** The active key with its private part: for signing only, never to be published. */
    RSAKey active() {
        RSAKey key = active;
        if (key == null) {
            synchronized (this) {
                if (active == null) {
                    active = loadOrCreate();
                }
                key = active;
            }
        }
        return key;
    }

    /** The keys tokens are signed with (the private parts stay in; Nimbus publishes the public ones). */
    JWKSet jwkSet() {
        return new JWKSet(active());
    }

    private RSAKey loadOrCreate() {
        return mapper.active().or(() -> {
            create();
            return mapper.active();
        }).map(this::toJwk).orElseThrow(() -> new IllegalStateException(
                "no active OAuth signing key in oauth_signing_keys although one was just created"));
    }

    private void create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = jwk((RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), null);
            String keyId = key.computeThumbprint().toString();
            int created = mapper.insertActive(keyId, base64(pair.getPublic().getEncoded()),
                    cipher.encrypt(base64(pair.getPrivate().getEncoded()), owner(keyId)));
            if (created == 1) {
                log.info("created OAuth signing key {}", keyId);
            }
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot create an RSA signing key for OAuth access tokens", e);
        }
    }

    private RSAKey toJwk(SigningKeyMapper.KeyRow row) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(row.publicKey())));
            RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(
                    Base64.getDecoder().decode(cipher.decrypt(row.privateKey(), owner(row.keyId())))));
            return jwk(publicKey, privateKey, row.keyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("OAuth signing key " + row.keyId() + " in oauth_signing_keys is not an"
                    + " RSA key pair", e);
        }
    }

    private static RSAKey jwk(RSAPublicKey publicKey, RSAPrivateKey privateKey, String keyId) {
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId)
                .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
    }

    private static String owner(String keyId) {
        return "oauth signing key " + keyId;
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

package io.minato.hub.app.security.oauth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * OAuth2 client credentials (README "OAuth2 clients").
 *
 * @param issuer              the {@code iss} of every token and what the API demands of it; one value for
 *                            all hub instances (by default the platform's base URL), so a token from one
 *                            instance is taken by every other
 * @param accessTokenLifetime how long an access token works; short, since a system simply asks again
 * @param keyEncryptionKey    base64 of 32 bytes: encrypts the token-signing private key in the database
 */
@Validated
@ConfigurationProperties("minato.oauth")
public record OAuthSettings(@NotBlank String issuer, @NotNull Duration accessTokenLifetime,
                            @NotBlank String keyEncryptionKey) {

    public OAuthSettings {
        issuer = issuer == null ? null : issuer.replaceAll("/+$", "");
        if (accessTokenLifetime != null && (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero())) {
            throw new IllegalArgumentException("minato.oauth.access-token-lifetime must be positive, is "
                    + accessTokenLifetime);
        }
    }
}

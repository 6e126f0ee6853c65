package io.minato.hub.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The identity lifecycle's settings (the seed user under the same prefix is read by
 * {@link PlatformUserSeeder}).
 *
 * @param baseUrl            where people reach the hub; invitation links start with it
 * @param invitationTtl      how long an invitation link works
 * @param suspendUnusedAfter an account not used (logged in to) for this long is suspended
 * @param suspensionCron     when the suspension runs (Spring cron, Japan time); "-" never
 */
@Validated
@ConfigurationProperties("minato.platform")
public record IdentitySettings(@NotBlank String baseUrl, @NotNull Duration invitationTtl,
                               @NotNull Duration suspendUnusedAfter, @NotBlank String suspensionCron) {

    public IdentitySettings {
        baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
    }
}

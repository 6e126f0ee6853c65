package io.minato.hub.app.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Login throttling: {@code minato.security.login.max-failures} wrong passwords in a row lock the login
 * for {@code lock-duration} (Spring Security then refuses it as locked, whatever the password); a
 * successful login clears the count and is the "last used" the yearly suspension looks at.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final PlatformUserMapper users;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(PlatformUserMapper users, @Value("${minato.security.login.max-failures:5}") int maxFailures,
                  @Value("${minato.security.login.lock-duration:PT15M}") Duration lockDuration) {
        this.users = users;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    void failed(String login) {
        users.recordLoginFailure(login, maxFailures, OffsetDateTime.now().plus(lockDuration));
        log.warn("failed login for {}", login);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication() instanceof ApiKeyAuthentication)) {
            users.recordLoginSuccess(event.getAuthentication().getName());
        }
    }
}

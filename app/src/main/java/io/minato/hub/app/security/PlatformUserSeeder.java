package io.minato.hub.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers the configured first platform user ({@code minato.platform.seed-user.*}) if its login
 * does not exist, so a fresh hub can be logged in to; its password is hashed on the way in and a
 * later change is never overwritten. No login configured, no seed.
 */
@Component
@Order(1)
class PlatformUserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlatformUserSeeder.class);

    private final PlatformUsers users;
    private final String login;
    private final String displayName;
    private final String password;

    PlatformUserSeeder(PlatformUsers users, @Value("${minato.platform.seed-user.login:}") String login,
                       @Value("${minato.platform.seed-user.display-name:}") String displayName,
                       @Value("${minato.platform.seed-user.password:}") String password) {
        this.users = users;
        this.login = login;
        this.displayName = displayName;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (login.isBlank()) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("minato.platform.seed-user.password is empty: set MINATO_PLATFORM_PASSWORD");
        }
        if (users.registerIfAbsent(PlatformUsers.NewUser.of(login, displayName.isBlank() ? login : displayName, password, null))) {
            log.info("platform user {} registered from configuration", login);
        }
    }
}

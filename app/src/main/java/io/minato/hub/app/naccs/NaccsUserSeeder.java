package io.minato.hub.app.naccs;

import io.minato.hub.routes.naccs.NaccsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Registers the NACCS user of the configuration ({@code minato.naccs.user}, MNT01Y01 against the
 * simulator by default) if its user ID is not registered, password encrypted, and links the seeded
 * platform user to it. An existing registration is never overwritten: the database holds it after that.
 */
@Component
@Order(2)
class NaccsUserSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NaccsUserSeeder.class);

    private final NaccsUsers users;
    private final NaccsSettings settings;
    private final String seedLogin;

    NaccsUserSeeder(NaccsUsers users, NaccsSettings settings,
                    @Value("${minato.platform.seed-user.login:}") String seedLogin) {
        this.users = users;
        this.settings = settings;
        this.seedLogin = seedLogin;
    }

    @Override
    public void run(ApplicationArguments args) {
        NaccsSettings.User user = settings.user();
        if (user == null) {
            return;
        }
        if (users.registerIfAbsent(user.userCode(), user.identifier(), user.password(), settings.charset().name())) {
            log.info("NACCS user {} registered from configuration", user.userId());
            if (!seedLogin.isBlank()) {
                users.link(user.userCode(), user.identifier(), seedLogin);
            }
        }
    }
}

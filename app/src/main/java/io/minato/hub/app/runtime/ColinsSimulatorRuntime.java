package io.minato.hub.app.runtime;

import io.minato.hub.connectors.colins.sim.ColinsSimulator;
import io.minato.hub.connectors.colins.sim.ColinsSimulatorSettings;
import io.minato.hub.routes.colins.ColinsSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The default runtime runs the Colins simulator inside the hub on loopback, speaking HTTP as Colins
 * would; the hub polls it like the real thing, with the same client id and secret. Never in the
 * production profile, where {@code minato.colins.base-url} names the real Colins.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnProperty(name = "minato.colins.simulator.enabled", havingValue = "true")
class ColinsSimulatorRuntime {

    @Bean(initMethod = "start", destroyMethod = "close")
    ColinsSimulator colinsSimulator(ColinsSimulatorProperties simulator, ColinsSettings colins) {
        return new ColinsSimulator(new ColinsSimulatorSettings(simulator.host(), simulator.port(), colins.clientId(),
                colins.clientSecret(), simulator.seed(), simulator.maxPageSize() <= 0 ? 500 : simulator.maxPageSize()));
    }
}

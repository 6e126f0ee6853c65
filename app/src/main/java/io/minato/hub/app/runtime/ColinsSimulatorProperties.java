package io.minato.hub.app.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded Colins simulator ({@code minato.colins.simulator}); it takes the hub's own client id and
 * secret ({@code minato.colins.client-id}, {@code client-secret}).
 *
 * @param enabled     whether the default runtime runs it (never in the production profile)
 * @param host        the address it binds, loopback
 * @param port        its port; 0 for an ephemeral one
 * @param seed        its records at start ({@code classpath:colins/simulator-seed.json}); blank for none
 * @param maxPageSize the most records one changes page holds
 */
@ConfigurationProperties("minato.colins.simulator")
record ColinsSimulatorProperties(boolean enabled, String host, int port, String seed, int maxPageSize) {
}

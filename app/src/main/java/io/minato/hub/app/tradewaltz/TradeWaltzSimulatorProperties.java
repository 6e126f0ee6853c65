package io.minato.hub.app.tradewaltz;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded TradeWaltz simulator ({@code minato.tradewaltz.simulator}); it takes the hub's own client id,
 * client secret and webhook secret ({@code minato.tradewaltz.*}).
 *
 * @param enabled     whether the default runtime runs it (never in the production profile)
 * @param host        the address it binds, loopback
 * @param port        its port; 0 for an ephemeral one
 * @param webhookUrl  where it pushes requests; blank for this hub's own {@code /api/v1/tradewaltz/webhook}
 * @param seed        its feed at start ({@code classpath:tradewaltz/simulator-seed.json}); blank for none
 * @param maxPageSize the most requests one feed page holds
 */
@ConfigurationProperties("minato.tradewaltz.simulator")
record TradeWaltzSimulatorProperties(boolean enabled, String host, int port, String webhookUrl, String seed,
                                     int maxPageSize) {
}

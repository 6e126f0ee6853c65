package io.minato.hub.app.tradewaltz;

import io.minato.hub.connectors.tradewaltz.sim.TradeWaltzSimulator;
import io.minato.hub.connectors.tradewaltz.sim.TradeWaltzSimulatorSettings;
import io.minato.hub.routes.tradewaltz.TradeWaltzSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * The default runtime runs the TradeWaltz simulator inside the hub on loopback: the hub polls it and it
 * pushes signed webhooks to the hub, with the same client and webhook secrets, as TradeWaltz would. Never in
 * the production profile, where {@code minato.tradewaltz.base-url} names the real TradeWaltz.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!production")
@ConditionalOnProperty(name = "minato.tradewaltz.simulator.enabled", havingValue = "true")
class TradeWaltzSimulatorRuntime {

    static final String WEBHOOK_PATH = "/api/v1/tradewaltz/webhook";

    @Bean(initMethod = "start", destroyMethod = "close")
    TradeWaltzSimulator tradeWaltzSimulator(TradeWaltzSimulatorProperties simulator, TradeWaltzSettings tradeWaltz,
                                            Environment environment) {
        String configured = simulator.webhookUrl() == null ? "" : simulator.webhookUrl().strip();
        TradeWaltzSimulatorSettings settings = new TradeWaltzSimulatorSettings(simulator.host(), simulator.port(),
                tradeWaltz.clientId(), tradeWaltz.clientSecret(), tradeWaltz.webhookSecret(), configured,
                simulator.seed(), simulator.maxPageSize() <= 0 ? 500 : simulator.maxPageSize());
        // the hub's own port is known only once it listens (a random one in tests): asked at each push
        return new TradeWaltzSimulator(settings, () -> configured.isEmpty()
                ? "http://127.0.0.1:" + environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080")) + WEBHOOK_PATH
                : configured);
    }
}

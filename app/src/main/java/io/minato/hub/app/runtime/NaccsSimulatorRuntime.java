package io.minato.hub.app.runtime;

import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings;
import io.minato.hub.routes.naccs.NaccsSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default runtime runs the NACCS simulator inside the hub on loopback: it receives the hub's
 * inputs by SMTP and answers by SMTP to the hub's own listener, as NACCS does. Off in production.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "minato.naccs.simulator.enabled", havingValue = "true")
class NaccsSimulatorRuntime {

    @Bean(initMethod = "start", destroyMethod = "close")
    NaccsSimulator naccsSimulator(NaccsSettings naccs, SimulatorBehaviourSettings behaviour,
                                  @Value("${minato.naccs.layouts:classpath:naccs/layouts}") String layouts) {
        NaccsSettings.Simulator simulator = naccs.simulator();
        String simulatorLayouts = behaviour.layouts() == null || behaviour.layouts().isBlank() ? layouts
                : behaviour.layouts();
        return new NaccsSimulator(new NaccsSimulatorSettings(simulator.host(), simulator.port(),
                naccs.listener().host(), naccs.listener().port(), naccs.from(), naccs.address(),
                simulator.passwords(), simulatorLayouts, behaviour.behaviour()));
    }
}

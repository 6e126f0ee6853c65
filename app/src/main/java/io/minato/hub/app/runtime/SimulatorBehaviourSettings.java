package io.minato.hub.app.runtime;

import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the embedded NACCS simulator answers ({@code minato.naccs.simulator.*} beside the keys of
 * {@code NaccsSettings.Simulator}); see {@link Behaviour}.
 *
 * @param layouts      where the simulator finds layouts, comma separated, first wins; empty: the hub's
 * @param replyDelay   wait before each output mail
 * @param permitDelay  when customs permit an EDA/EDC declaration; negative: never
 * @param splitBytes   split outputs whose business part is longer; 0: never
 * @param reverseOrder send the outputs of one input last first
 * @param hold         output information codes kept for SYG instead of sent ({@code *}: all)
 */
@ConfigurationProperties("minato.naccs.simulator")
record SimulatorBehaviourSettings(String layouts, Duration replyDelay, Duration permitDelay, int splitBytes,
                                  boolean reverseOrder, Set<String> hold) {

    Behaviour behaviour() {
        return new Behaviour(replyDelay, permitDelay == null ? Behaviour.DEFAULT_PERMIT_DELAY : permitDelay,
                splitBytes, reverseOrder, hold);
    }
}

package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.NaccsLayouts;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of the {@link NaccsSimulator}.
 *
 * @param host              address the simulator's SMTP listener binds
 * @param port              its port; 0 for an ephemeral one
 * @param replyHost         SMTP server the outputs are sent to (the hub's listener)
 * @param replyPort         its port
 * @param replyTo           recipient address of every output mail
 * @param from              sender address of every output mail
 * @param passwordsByUserId the simulated NACCS users: user ID (user code + identifier, 8
 *                          characters) → password
 * @param layouts           where the layout files are: {@code classpath:naccs/layouts} (default)
 *                          or a directory; several locations comma separated, the first that has a
 *                          code wins (tests add their own input layouts this way)
 * @param behaviour         how the simulator answers: delays, splitting, order, held outputs
 */
public record NaccsSimulatorSettings(String host, int port, String replyHost, int replyPort, String replyTo,
                                     String from, Map<String, String> passwordsByUserId, String layouts,
                                     Behaviour behaviour) {

    /**
     * What tests and demos turn to force each case the hub must handle.
     *
     * @param replyDelay       wait before each output mail goes out (NACCS is not instant)
     * @param permitDelay      after an accepted EDA/EDC, when customs permit the export and the EXZ
     *                         permit notice follows; {@code null} or negative: never (under review)
     * @param splitBytes       outputs whose business part is longer are split into parts of at most
     *                         this many bytes (sequence 1..n, last flagged E); 0: never split
     * @param reverseOrder     send the outputs of one input last first (outputs overtaking each
     *                         other, e.g. the parts of a split output, or an output before its notice)
     * @param holdOutputCodes  output information codes kept for retrieval by {@code SYG} instead of
     *                         being sent ({@code *} holds every output except processing-result notices)
     */
    public record Behaviour(Duration replyDelay, Duration permitDelay, int splitBytes, boolean reverseOrder,
                            Set<String> holdOutputCodes) {

        public static final Duration DEFAULT_PERMIT_DELAY = Duration.ofSeconds(30);

        public Behaviour {
            replyDelay = replyDelay == null || replyDelay.isNegative() ? Duration.ZERO : replyDelay;
            if (splitBytes < 0) {
                throw new IllegalArgumentException("splitBytes must be 0 (never split) or positive: " + splitBytes);
            }
            holdOutputCodes = holdOutputCodes == null ? Set.of() : Set.copyOf(holdOutputCodes);
        }

        public static Behaviour defaults() {
            return new Behaviour(Duration.ZERO, DEFAULT_PERMIT_DELAY, 0, false, Set.of());
        }

        public boolean permits() {
            return permitDelay != null && !permitDelay.isNegative();
        }

        boolean holds(String outputInfoCode) {
            return !outputInfoCode.startsWith("*")
                    && (holdOutputCodes.contains("*") || holdOutputCodes.contains(outputInfoCode.strip()));
        }
    }

    public NaccsSimulatorSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        Objects.requireNonNull(replyHost, "replyHost");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(from, "from");
        if (port < 0 || port > 65535 || replyPort <= 0 || replyPort > 65535) {
            throw new IllegalArgumentException("bad port " + port + " or reply port " + replyPort);
        }
        passwordsByUserId = passwordsByUserId == null ? Map.of() : Map.copyOf(passwordsByUserId);
        layouts = layouts == null || layouts.isBlank() ? NaccsLayouts.DEFAULT_LOCATION : layouts;
        behaviour = behaviour == null ? Behaviour.defaults() : behaviour;
    }

    /** With the default behaviour. */
    public NaccsSimulatorSettings(String host, int port, String replyHost, int replyPort, String replyTo,
                                  String from, Map<String, String> passwordsByUserId, String layouts) {
        this(host, port, replyHost, replyPort, replyTo, from, passwordsByUserId, layouts, Behaviour.defaults());
    }

    public NaccsSimulatorSettings withBehaviour(Behaviour newBehaviour) {
        return new NaccsSimulatorSettings(host, port, replyHost, replyPort, replyTo, from, passwordsByUserId, layouts,
                newBehaviour);
    }

    /** Never the passwords. */
    @Override
    public String toString() {
        return "NaccsSimulatorSettings[" + host + ":" + port + " → " + replyTo + " via " + replyHost + ":"
                + replyPort + ", users=" + passwordsByUserId.keySet() + ", layouts=" + layouts + ", " + behaviour + "]";
    }
}

package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.NaccsLayouts;
import java.util.Map;
import java.util.Objects;

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
 *                          or a directory
 */
public record NaccsSimulatorSettings(String host, int port, String replyHost, int replyPort, String replyTo,
                                     String from, Map<String, String> passwordsByUserId, String layouts) {

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
    }

    /** Never the passwords. */
    @Override
    public String toString() {
        return "NaccsSimulatorSettings[" + host + ":" + port + " → " + replyTo + " via " + replyHost + ":"
                + replyPort + ", users=" + passwordsByUserId.keySet() + ", layouts=" + layouts + "]";
    }
}

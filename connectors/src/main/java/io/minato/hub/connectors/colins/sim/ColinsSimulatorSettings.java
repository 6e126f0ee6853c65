package io.minato.hub.connectors.colins.sim;

import java.util.Objects;

/**
 * Settings of the {@link ColinsSimulator}.
 *
 * @param host         address it binds; loopback by default (its admin endpoints have no login)
 * @param port         its port; 0 for an ephemeral one
 * @param clientId     the client id the API accepts (HTTP Basic user)
 * @param clientSecret the secret that goes with it; test values only
 * @param seed         the records it starts with: {@code classpath:…}, a file, or blank for none
 * @param maxPageSize  the most records one changes page holds, whatever the client asks
 */
public record ColinsSimulatorSettings(String host, int port, String clientId, String clientSecret, String seed,
                                      int maxPageSize) {

    public ColinsSimulatorSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        if (maxPageSize <= 0) {
            throw new IllegalArgumentException("maxPageSize must be positive: " + maxPageSize);
        }
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "ColinsSimulatorSettings[" + host + ":" + port + ", client " + clientId + ", seed " + seed
                + ", pages of at most " + maxPageSize + "]";
    }
}

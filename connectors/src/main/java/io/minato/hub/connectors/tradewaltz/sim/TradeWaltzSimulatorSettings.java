package io.minato.hub.connectors.tradewaltz.sim;

import java.util.Objects;

/**
 * Settings of the {@link TradeWaltzSimulator}.
 *
 * @param host          address it binds; loopback by default (its admin endpoints have no login)
 * @param port          its port; 0 for an ephemeral one
 * @param clientId      the client id its API accepts (HTTP Basic user)
 * @param clientSecret  the secret that goes with it; test values only
 * @param webhookSecret the secret it signs webhooks with, shared with the hub; test values only
 * @param webhookUrl    where it pushes new requests (the hub's {@code /api/v1/tradewaltz/webhook}); blank for nowhere
 * @param seed          the requests it starts with: {@code classpath:…}, a file, or blank for none
 * @param maxPageSize   the most requests one feed page holds, whatever the client asks
 */
public record TradeWaltzSimulatorSettings(String host, int port, String clientId, String clientSecret,
                                          String webhookSecret, String webhookUrl, String seed, int maxPageSize) {

    public TradeWaltzSimulatorSettings {
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
        if (maxPageSize <= 0) {
            throw new IllegalArgumentException("maxPageSize must be positive: " + maxPageSize);
        }
    }

    /** Never the secrets. */
    @Override
    public String toString() {
        return "TradeWaltzSimulatorSettings[" + host + ":" + port + ", client " + clientId + ", webhook to "
                + (webhookUrl == null || webhookUrl.isBlank() ? "nowhere" : webhookUrl) + ", seed " + seed
                + ", pages of at most " + maxPageSize + "]";
    }
}

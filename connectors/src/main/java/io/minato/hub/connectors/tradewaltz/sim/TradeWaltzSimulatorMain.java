package io.minato.hub.connectors.tradewaltz.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link TradeWaltzSimulator} on its own until interrupted (Ctrl+C).
 *
 * <p>Usage, from the repository root:
 * <pre>
 * mvn -q -pl connectors exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.minato.hub.connectors.tradewaltz.sim.TradeWaltzSimulatorMain \
 *     -Dexec.args="--port=8096 --webhook-url=http://127.0.0.1:8080/api/v1/tradewaltz/webhook"
 * </pre>
 * Options ({@code --name=value}, or system property {@code tradewaltz.sim.name}; arguments win):
 * {@code host} (default {@code 127.0.0.1}), {@code port} (default {@code 8096}), {@code client-id} (default
 * {@code minato-hub}), {@code client-secret} (default {@code tradewaltz-dev-secret}) and {@code webhook-secret}
 * (default {@code tradewaltz-dev-webhook-secret}) — both defaults are public development values, test use
 * only — {@code webhook-url} (default {@code http://127.0.0.1:8080/api/v1/tradewaltz/webhook}; {@code none} to
 * push nothing), {@code seed} (default {@code config/tradewaltz/simulator-seed.json} or {@code ../config/…},
 * whichever exists, else {@code classpath:tradewaltz/simulator-seed.json}; {@code none} for no requests),
 * {@code max-page-size} (default 500).
 */
public final class TradeWaltzSimulatorMain {

    private static final String PREFIX = "tradewaltz.sim.";

    private TradeWaltzSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        String seed = options.getOrDefault("seed", defaultSeed());
        String webhookUrl = options.getOrDefault("webhook-url", "http://127.0.0.1:8080/api/v1/tradewaltz/webhook");
        TradeWaltzSimulatorSettings settings = new TradeWaltzSimulatorSettings(options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("port", "8096")),
                options.getOrDefault("client-id", "minato-hub"),
                options.getOrDefault("client-secret", "tradewaltz-dev-secret"),
                options.getOrDefault("webhook-secret", "tradewaltz-dev-webhook-secret"),
                "none".equals(webhookUrl) ? "" : webhookUrl,
                "none".equals(seed) ? "" : seed,
                Integer.parseInt(options.getOrDefault("max-page-size", "500")));
        TradeWaltzSimulator simulator = new TradeWaltzSimulator(settings);
        simulator.start();
        System.out.println("TradeWaltz simulator: " + settings + " at " + simulator.baseUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "tradewaltz-simulator-shutdown"));
        stopped.await();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith(PREFIX))
                .forEach(name -> options.put(name.substring(PREFIX.length()), System.getProperty(name)));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String defaultSeed() {
        for (String candidate : new String[] {"config/tradewaltz/simulator-seed.json",
                "../config/tradewaltz/simulator-seed.json"}) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return candidate;
            }
        }
        return "classpath:tradewaltz/simulator-seed.json";
    }
}

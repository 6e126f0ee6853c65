package io.minato.hub.connectors.colins.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link ColinsSimulator} on its own until interrupted (Ctrl+C).
 *
 * <p>Usage, from the repository root:
 * <pre>
 * mvn -q -pl connectors exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.minato.hub.connectors.colins.sim.ColinsSimulatorMain \
 *     -Dexec.args="--port=8095 --client-id=minato-hub --client-secret=colins-dev-secret"
 * </pre>
 * Options ({@code --name=value}, or system property {@code colins.sim.name}; arguments win):
 * {@code host} (default {@code 127.0.0.1}), {@code port} (default {@code 8095}), {@code client-id}
 * (default {@code minato-hub}), {@code client-secret} (default {@code colins-dev-secret}, test values
 * only), {@code seed} (default {@code config/colins/simulator-seed.json} or {@code ../config/…}, whichever
 * exists, else {@code classpath:colins/simulator-seed.json}; {@code none} for no records),
 * {@code max-page-size} (default 500).
 */
public final class ColinsSimulatorMain {

    private ColinsSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        String seed = options.getOrDefault("seed", defaultSeed());
        ColinsSimulatorSettings settings = new ColinsSimulatorSettings(options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("port", "8095")),
                options.getOrDefault("client-id", "minato-hub"),
                options.getOrDefault("client-secret", "colins-dev-secret"),
                "none".equals(seed) ? "" : seed,
                Integer.parseInt(options.getOrDefault("max-page-size", "500")));
        ColinsSimulator simulator = new ColinsSimulator(settings);
        simulator.start();
        System.out.println("Colins simulator: " + settings + " at " + simulator.baseUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "colins-simulator-shutdown"));
        stopped.await();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("colins.sim."))
                .forEach(name -> options.put(name.substring("colins.sim.".length()), System.getProperty(name)));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private static String defaultSeed() {
        for (String candidate : new String[] {"config/colins/simulator-seed.json", "../config/colins/simulator-seed.json"}) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return candidate;
            }
        }
        return "classpath:colins/simulator-seed.json";
    }
}

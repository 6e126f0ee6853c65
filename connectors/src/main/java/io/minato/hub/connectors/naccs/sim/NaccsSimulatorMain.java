package io.minato.hub.connectors.naccs.sim;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the {@link NaccsSimulator} on its own until interrupted (Ctrl+C).
 *
 * <p>Usage, from the repository root:
 * <pre>
 * mvn -q -pl connectors exec:java -Dexec.classpathScope=test \
 *     -Dexec.args="--port=2525 --reply-port=2526 --users=ABCDEY01=secret01"
 * java -cp … io.minato.hub.connectors.naccs.sim.NaccsSimulatorMain --port=2525 --reply-port=2526 …
 * </pre>
 * ({@code -Dexec.classpathScope=test} only brings in logback for log output; the module ships
 * no logging backend.)
 * Options ({@code --name=value}, or system property {@code naccs.sim.name}; arguments win):
 * <ul>
 *   <li>{@code host} bind address, default {@code 127.0.0.1}; {@code port} default {@code 2525}</li>
 *   <li>{@code reply-host} default {@code 127.0.0.1}; {@code reply-port} default {@code 2526} — the hub's
 *       SMTP listener</li>
 *   <li>{@code reply-to} default {@code naccs@hub.localhost}; {@code from} default
 *       {@code naccs-simulator@localhost}</li>
 *   <li>{@code users} simulated NACCS users, {@code USERID=password,…} (user ID = user code +
 *       identifier, 8 characters); test credentials only, never real ones</li>
 *   <li>{@code layouts} {@code classpath:naccs/layouts} or a directory (several comma separated, first
 *       wins); by default the classpath if it has {@code naccs/layouts/ECR.layout}, else
 *       {@code config/naccs/layouts} or {@code ../config/naccs/layouts}, whichever exists</li>
 *   <li>{@code reply-delay} wait before each output mail, ISO-8601 ({@code PT2S}), default none</li>
 *   <li>{@code permit-delay} when customs permit an EDA/EDC declaration, default {@code PT30S};
 *       {@code never} keeps declarations under review</li>
 *   <li>{@code split-bytes} split outputs with a longer business part into parts of at most this
 *       many bytes, default 0 (never)</li>
 *   <li>{@code reverse-order} {@code true}: send the outputs of one input last first</li>
 *   <li>{@code hold} output information codes to keep for retrieval by SYG instead of sending,
 *       comma separated, {@code *} for all but processing-result notices</li>
 * </ul>
 */
public final class NaccsSimulatorMain {

    private NaccsSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        NaccsSimulatorSettings settings = new NaccsSimulatorSettings(
                options.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("port", "2525")),
                options.getOrDefault("reply-host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("reply-port", "2526")),
                options.getOrDefault("reply-to", "naccs@hub.localhost"),
                options.getOrDefault("from", "naccs-simulator@localhost"),
                users(options.getOrDefault("users", "")),
                options.getOrDefault("layouts", defaultLayouts()), behaviour(options));
        NaccsSimulator simulator = new NaccsSimulator(settings);
        simulator.start();
        System.out.println("NACCS simulator: " + settings);
        if (settings.passwordsByUserId().isEmpty()) {
            System.out.println("No users configured (--users=USERID=password): every input gets A0004");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.stop();
            stopped.countDown();
        }, "naccs-simulator-shutdown"));
        stopped.await();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("naccs.sim."))
                .forEach(name -> options.put(name.substring("naccs.sim.".length()), System.getProperty(name)));
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    static NaccsSimulatorSettings.Behaviour behaviour(Map<String, String> options) {
        String permit = options.getOrDefault("permit-delay", NaccsSimulatorSettings.Behaviour.DEFAULT_PERMIT_DELAY.toString());
        String hold = options.getOrDefault("hold", "");
        return new NaccsSimulatorSettings.Behaviour(
                Duration.parse(options.getOrDefault("reply-delay", "PT0S")),
                "never".equalsIgnoreCase(permit) ? null : Duration.parse(permit),
                Integer.parseInt(options.getOrDefault("split-bytes", "0")),
                Boolean.parseBoolean(options.getOrDefault("reverse-order", "false")),
                Arrays.stream(hold.split(",")).map(String::strip).filter(code -> !code.isEmpty())
                        .collect(Collectors.toSet()));
    }

    static Map<String, String> users(String text) {
        Map<String, String> users = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("users are USERID=password, comma separated");
            }
            users.put(entry.substring(0, equals).strip(), entry.substring(equals + 1));
        }
        return users;
    }

    private static String defaultLayouts() {
        if (NaccsSimulatorMain.class.getClassLoader().getResource("naccs/layouts/ECR.layout") != null) {
            return "classpath:naccs/layouts";
        }
        for (String candidate : new String[] {"config/naccs/layouts", "../config/naccs/layouts"}) {
            if (Files.isDirectory(Path.of(candidate))) {
                return candidate;
            }
        }
        return "classpath:naccs/layouts";
    }
}

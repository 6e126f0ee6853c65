package io.minato.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drops N generated IFTMBC interchanges into a running hub's EDIFACT inbox and prints end-to-end
 * messages per second (from the first drop until the hub has finished every one) and the hub's peak
 * heap: over JMX when the hub runs on this machine ({@link HubJvm}), else sampled from its metrics endpoint.
 * Prints figures; asserts nothing.
 *
 * <pre>mvn -pl bench exec:java -Dexec.args="--count 2000 [--inbox data/inbox/edifact] [--hub http://localhost:8080]
 * [--login operator:operator-dev-password]"</pre>
 */
public final class IftmbcThroughputBench {

    private static final List<String> FINISHED = List.of("PROCESSED", "REJECTED", "DUPLICATE", "FAILED");
    private static final Duration HEAP_SAMPLE = Duration.ofSeconds(2);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String hub;
    private final String authorization;

    private IftmbcThroughputBench(String hub, String authorization) {
        this.hub = hub;
        this.authorization = authorization;
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int count = options.getInt("--count", 1000);
        int messagesPerFile = options.getInt("--messages", 1);
        Path inbox = Path.of(options.get("--inbox", "data/inbox/edifact"));
        String hub = options.get("--hub", "http://localhost:8080");
        long timeoutSeconds = options.getInt("--timeout-seconds", 1800);
        try {
            new IftmbcThroughputBench(hub, options.authorization()).run(count, messagesPerFile, inbox, Duration.ofSeconds(timeoutSeconds));
        } catch (ConnectException e) {
            System.err.printf("no hub answers at %s: start it first (mvn -pl app -am -DskipTests package spring-boot:run)%n", hub);
            System.exit(2);
        }
    }

    private void run(int count, int messagesPerFile, Path inbox, Duration timeout) throws Exception {
        Optional<HubJvm> jvm = HubJvm.attach();
        try {
            run(count, messagesPerFile, inbox, timeout, jvm);
        } finally {
            if (jvm.isPresent()) {
                jvm.get().close();
            }
        }
    }

    private void run(int count, int messagesPerFile, Path inbox, Duration timeout, Optional<HubJvm> jvm) throws Exception {
        Files.createDirectories(inbox);
        String runId = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        long before = finished();
        long peakHeap = peakHeap(jvm, 0);
        System.out.printf("dropping %d IFTMBC interchanges of %d message(s) into %s (hub %s)%n", count, messagesPerFile,
                inbox.toAbsolutePath(), hub);

        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String reference = runId + i;
            Path temporary = inbox.resolve(reference + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.ISO_8859_1)) {
                IftmbcSample.write(out, reference, "BENCH" + reference + "-", messagesPerFile);
            }
            Files.move(temporary, inbox.resolve(reference + ".edi"), StandardCopyOption.ATOMIC_MOVE);
        }
        double dropSeconds = seconds(started);

        long deadline = System.nanoTime() + timeout.toNanos();
        long done = 0;
        long heapSampled = 0;
        long previousDone = 0;
        long previousPoll = System.nanoTime();
        while (done < count && System.nanoTime() < deadline) {
            Thread.sleep(nextPoll(count - done, done - previousDone, System.nanoTime() - previousPoll));
            previousDone = done;
            previousPoll = System.nanoTime();
            if (jvm.isPresent() || System.nanoTime() - heapSampled >= HEAP_SAMPLE.toNanos()) {
                peakHeap = peakHeap(jvm, peakHeap);
                heapSampled = System.nanoTime();
            }
            done = finished() - before;
        }
        double totalSeconds = seconds(started);

        System.out.printf("dropped    %d files in %.1f s%n", count, dropSeconds);
        System.out.printf("finished   %d of %d in %.1f s%s%n", done, count, totalSeconds,
                done < count ? " (TIMED OUT)" : "");
        System.out.printf("throughput %.1f interchanges/s, %.1f messages/s end to end%n", done / totalSeconds,
                done * (double) messagesPerFile / totalSeconds);
        peakHeap = peakHeap(jvm, peakHeap);
        if (jvm.isPresent()) {
            System.out.printf("peak heap  %.0f MB of %.0f MB (hub, before each GC and at every poll, over JMX)%n",
                    peakHeap / 1_048_576.0, jvm.get().maxHeap() / 1_048_576.0);
        } else {
            System.out.printf("peak heap  %.0f MB (hub, sampled every %d ms)%n", peakHeap / 1_048_576.0,
                    HEAP_SAMPLE.toMillis());
        }
        System.out.printf("statuses   %s%n", get("/api/v1/messages/counts"));
    }

    /**
     * How long to wait before the next poll. Every poll logs in, and the hub checks the password with BCrypt
     * (about 40 ms of CPU on this machine), so polling every 200 ms took a third of the hub's CPU during a run,
     * and once a second (with a heap sample over HTTP) still a tenth at 800 msg/s. Polls are two seconds apart
     * while the end is more than five seconds away at the last interval's rate, a second apart up to two seconds
     * before it and 250 ms apart after that, which keeps the end time within a quarter of a second.
     */
    private static long nextPoll(long remaining, long finishedSinceLastPoll, long sinceLastPollNanos) {
        double perSecond = finishedSinceLastPoll / Math.max(sinceLastPollNanos / 1e9, 1e-3);
        double secondsLeft = perSecond > 0 ? remaining / perSecond : Double.POSITIVE_INFINITY;
        return secondsLeft < 2.0 ? 250 : secondsLeft < 5.0 ? 1000 : 2000;
    }

    private long finished() throws IOException, InterruptedException {
        JsonNode counts = get("/api/v1/messages/counts");
        return FINISHED.stream().mapToLong(status -> counts.path(status).asLong()).sum();
    }

    /** The hub's peak heap so far: over JMX when attached (no login), else the heap in use now over HTTP. */
    private long peakHeap(Optional<HubJvm> jvm, long peakSoFar) throws IOException, InterruptedException {
        return Math.max(peakSoFar, jvm.isPresent() ? jvm.get().peakHeap() : heapUsed());
    }

    private long heapUsed() throws IOException, InterruptedException {
        JsonNode metric = get("/actuator/metrics/jvm.memory.used?tag=area:heap");
        return metric.path("measurements").path(0).path("value").asLong();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(hub + path))
                        .header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}

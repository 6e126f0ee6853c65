package io.minato.hub.bench;

import io.minato.hub.mappings.edifact.EdifactReader;
import io.minato.hub.mappings.edifact.InboundMappers;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.edifact.stream.StreamedMessage;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The streaming EDIFACT reader (no Daffodil): structure load time per message type, ms per
 * one-message IFTMBC interchange on one and N threads, then one large generated interchange read
 * from disk message by message, with its msg/s and the JVM's peak heap (sum of the heap pools'
 * peak usage, reset before the run). Run with {@code MAVEN_OPTS=-Xmx512m} to prove the heap bound.
 *
 * <pre>mvn -pl bench exec:java -Dexec.mainClass=io.minato.hub.bench.StreamingReaderBench -Dexec.args="--count 20000 --threads 2 --big 20000"</pre>
 */
public final class StreamingReaderBench {

    private StreamingReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int count = options.getInt("--count", 20_000);
        int threads = options.getInt("--threads", 2);
        int big = options.getInt("--big", 20_000);
        EdifactStructures structures = new EdifactStructures();
        load(structures, "d99b", "IFTMBC");
        load(structures, "d99b", "IFTSTA");
        load(structures, "d95b", "COPARN");
        load(structures, "d95b", "CODECO");
        load(structures, "d16a", "IFTMAN");
        EdifactStreamReader reader = new EdifactStreamReader(structures);
        byte[] raw = interchange(1, "BENCH1").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < count; i++) {
            readOne(reader, raw); // JIT warm-up, not measured
        }
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            readOne(reader, raw);
        }
        IftmbcSample.report("1 thread", count, started);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> reads = new ArrayList<>(count);
            started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                reads.add(pool.submit(() -> readOne(reader, raw)));
            }
            for (Future<?> read : reads) {
                read.get();
            }
            IftmbcSample.report(threads + " threads", count, started);
        } finally {
            pool.shutdown();
        }
        bigInterchange(reader, big);
    }

    private static void load(EdifactStructures structures, String directory, String type) {
        long started = System.nanoTime();
        structures.preload(directory, type);
        System.out.printf("structure %s %-6s loaded in %5.0f ms%n", directory, type, (System.nanoTime() - started) / 1e6);
    }

    private static int readOne(EdifactStreamReader reader, byte[] raw) {
        List<StreamedMessage> messages = reader.readAll(raw);
        return messages.get(0).body().getChildNodes().getLength();
    }

    private static void bigInterchange(EdifactStreamReader reader, int messages) throws IOException {
        Path file = Files.createTempFile("streaming-bench-", ".edi");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
                IftmbcSample.write(out, "BIG1", "BOOKING", messages);
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            AtomicLong read = new AtomicLong();
            long started = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                reader.read(in, message -> read.incrementAndGet());
            }
            report("big interchange, stream reader", read.get(), file, started);
            // the hub's path for large interchanges: the same reader, each message mapped to its deal update
            try (EdifactReader mapping = InboundMappers.reader()) {
                mapping.warmUp();
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                AtomicLong updates = new AtomicLong();
                started = System.nanoTime();
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                    mapping.stream(in, null, message -> updates.addAndGet(message.document().size()));
                }
                report("big interchange, EdifactReader.stream (reader + IFTMBC mapper)", updates.get(), file, started);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void report(String what, long messages, Path file, long started) throws IOException {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d messages, %.1f MB: %.1f s, %.0f messages/s, peak heap %.0f MB (max heap %.0f MB)%n",
                what, messages, Files.size(file) / 1e6, seconds, messages / seconds, peakHeapMb(),
                Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static double peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / 1e6;
    }

    private static String interchange(int messages, String reference) throws IOException {
        return IftmbcSample.interchange(reference, "BENCHBOOKING" + messages);
    }
}

package io.minato.hub.bench;

import io.minato.hub.mappings.edifact.IftmbcReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The IFTMBC reader alone (StAEDI envelope check + Smooks DFDL parse + mapping), without the hub:
 * start-up time, then ms per message on one thread and on N threads, reading one-message interchanges or, with
 * {@code --messages M}, interchanges of M messages ({@code --count} is the total number of messages read).
 *
 * <pre>mvn -pl bench exec:java -Dexec.mainClass=io.minato.hub.bench.IftmbcReaderBench -Dexec.args="--count 1000 --threads 4 --messages 100"</pre>
 */
public final class IftmbcReaderBench {

    private IftmbcReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int count = options.getInt("--count", 1000);
        int threads = options.getInt("--threads", 4);
        // the hub bench's shape is 100 messages per interchange; per-message costs differ from one-message files
        int messages = options.getInt("--messages", 1);
        StringBuilder interchange = new StringBuilder();
        IftmbcSample.write(interchange, "BENCH1", "BENCHBOOKING", messages);
        byte[] raw = interchange.toString().getBytes(StandardCharsets.ISO_8859_1);
        int reads = Math.max(1, count / messages);
        try (IftmbcReader reader = new IftmbcReader()) {
            long started = System.nanoTime();
            reader.warmUp();
            System.out.printf("schema compile + first read  %.1f s%n", (System.nanoTime() - started) / 1e9);
            for (int i = 0; i < reads; i++) {
                reader.read(raw); // JIT warm-up, not measured
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            started = System.nanoTime();
            for (int i = 0; i < reads; i++) {
                reader.read(raw);
            }
            IftmbcSample.report("1 thread", reads, messages, started);
            // the thread's own CPU time: comparable between runs on a machine that is busy with other work
            System.out.printf("1 thread   CPU %.3f ms/message%n",
                    (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / ((long) reads * messages));

            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> submitted = new ArrayList<>(reads);
                started = System.nanoTime();
                for (int i = 0; i < reads; i++) {
                    submitted.add(pool.submit(() -> reader.read(raw)));
                }
                for (Future<?> read : submitted) {
                    read.get();
                }
                IftmbcSample.report(threads + " threads", reads, messages, started);
            } finally {
                pool.shutdown();
            }
        }
    }
}

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
 * schema compile time, then ms per one-message interchange on one thread and on N threads.
 *
 * <pre>mvn -pl bench exec:java -Dexec.mainClass=io.minato.hub.bench.IftmbcReaderBench -Dexec.args="--count 1000 --threads 4"</pre>
 */
public final class IftmbcReaderBench {

    private IftmbcReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        int count = options.getInt("--count", 1000);
        int threads = options.getInt("--threads", 4);
        byte[] raw = IftmbcSample.interchange("BENCH1", "BENCHBOOKING1").getBytes(StandardCharsets.ISO_8859_1);
        try (IftmbcReader reader = new IftmbcReader()) {
            long started = System.nanoTime();
            reader.warmUp();
            System.out.printf("schema compile + first read  %.1f s%n", (System.nanoTime() - started) / 1e9);
            for (int i = 0; i < count; i++) {
                reader.read(raw); // JIT warm-up, not measured
            }
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long cpuStarted = cpu.getCurrentThreadCpuTime();
            started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                reader.read(raw);
            }
            IftmbcSample.report("1 thread", count, started);
            // the thread's own CPU time: comparable between runs on a machine that is busy with other work
            System.out.printf("1 thread   CPU %.3f ms/message%n", (cpu.getCurrentThreadCpuTime() - cpuStarted) / 1e6 / count);

            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> reads = new ArrayList<>(count);
                started = System.nanoTime();
                for (int i = 0; i < count; i++) {
                    reads.add(pool.submit(() -> reader.read(raw)));
                }
                for (Future<?> read : reads) {
                    read.get();
                }
                IftmbcSample.report(threads + " threads", count, started);
            } finally {
                pool.shutdown();
            }
        }
    }
}

package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measures per-message time after warm-up and logs it; no timed assertion (machines differ). */
class IftmbcReaderThroughputTest {

    private static final Logger LOG = LoggerFactory.getLogger(IftmbcReaderThroughputTest.class);
    private static final int WARM_UP = 300;
    private static final int MESSAGES = 300;
    private static IftmbcReader reader;

    @BeforeAll
    static void warmUp() {
        reader = SharedIftmbcReader.get();
    }

    @Test
    void measuresPerMessageTimeAfterWarmUp() throws Exception {
        byte[] raw = TestFiles.edi("iftmbc-inttra-confirmed.edi");
        for (int i = 0; i < WARM_UP; i++) {
            reader.read(raw); // JIT warm-up, not measured
        }
        long started = System.nanoTime();
        for (int i = 0; i < MESSAGES; i++) {
            reader.read(raw);
        }
        double sequential = (System.nanoTime() - started) / 1e6 / MESSAGES;

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            started = System.nanoTime();
            for (int i = 0; i < MESSAGES; i++) {
                results.add(pool.submit(() -> reader.read(raw).messages().get(0).document().bookingNo()));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("ONEYTYOA12345600");
            }
        } finally {
            pool.shutdown();
        }
        double concurrent = (System.nanoTime() - started) / 1e6 / MESSAGES;
        LOG.info("MEASURED IFTMBC D99B read after warm-up: {} ms/message on one thread, {} ms/message with 4 threads"
                + " ({} one-message interchanges of {} bytes, {} cores)", String.format("%.2f", sequential),
                String.format("%.2f", concurrent), MESSAGES, raw.length, Runtime.getRuntime().availableProcessors());
    }
}

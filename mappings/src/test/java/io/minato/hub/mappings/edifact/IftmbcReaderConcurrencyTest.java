package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One reader is shared by the hub's concurrent consumers: reads in parallel must not mix. */
class IftmbcReaderConcurrencyTest {

    private static final int READS = 40;

    @Test
    void parallelReadsOfDifferentInterchangesKeepTheirOwnBookingNumbers() throws Exception {
        IftmbcReader reader = SharedIftmbcReader.get();
        String template = new String(TestFiles.edi("iftmbc-inttra-confirmed.edi"), StandardCharsets.ISO_8859_1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < READS; i++) {
                byte[] raw = template.replace("ONEYTYOA12345600", "BOOKING" + i).getBytes(StandardCharsets.ISO_8859_1);
                results.add(pool.submit(() -> reader.read(raw).messages().get(0).document().bookingNo()));
            }
            for (int i = 0; i < READS; i++) {
                assertThat(results.get(i).get()).isEqualTo("BOOKING" + i);
            }
        } finally {
            pool.shutdown();
        }
    }
}

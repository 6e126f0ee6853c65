package io.minato.hub.mappings.edifact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One warmed-up {@link IftmbcReader} for every test class in the JVM, shared the way the
 * application shares it. It runs Smooks over the streaming reader, so warming up costs well under
 * a second and compiles no DFDL schema ({@link StreamingEquivalenceTest} holds the run's only one).
 */
final class SharedIftmbcReader {

    private static final Logger LOG = LoggerFactory.getLogger(SharedIftmbcReader.class);
    private static IftmbcReader reader;
    private static long firstParseMillis;

    private SharedIftmbcReader() {
    }

    static synchronized IftmbcReader get() {
        if (reader == null) {
            IftmbcReader created = new IftmbcReader();
            long started = System.nanoTime();
            created.warmUp();
            firstParseMillis = (System.nanoTime() - started) / 1_000_000;
            LOG.info("MEASURED warm-up (structure load, Smooks instance, first parse) of IFTMBC D99B: {} ms", firstParseMillis);
            reader = created;
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "iftmbc-reader-close"));
        }
        return reader;
    }
}

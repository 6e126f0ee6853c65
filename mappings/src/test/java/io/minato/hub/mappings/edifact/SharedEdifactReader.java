package io.minato.hub.mappings.edifact;

/**
 * One {@link EdifactReader} of every inbound type for every test class in the JVM, shared the way
 * the application shares it, so the message structures of each directory load once per run.
 */
final class SharedEdifactReader {

    private static EdifactReader reader;

    private SharedEdifactReader() {
    }

    static synchronized EdifactReader get() {
        if (reader == null) {
            EdifactReader created = InboundMappers.reader();
            reader = created;
            Runtime.getRuntime().addShutdownHook(new Thread(created::close, "edifact-reader-close"));
        }
        return reader;
    }
}

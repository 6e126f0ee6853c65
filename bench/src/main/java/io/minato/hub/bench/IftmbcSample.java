package io.minato.hub.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The benches' IFTMBC D99B interchange (UNOC, from INTTRA), with its references filled in. */
final class IftmbcSample {

    private static final String RESOURCE = "/iftmbc-template.edi";

    private IftmbcSample() {
    }

    /** The raw template with its {@code ${ICREF}} and {@code ${BOOKING}} placeholders. */
    static String template() {
        try (InputStream in = IftmbcSample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bench classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String interchange(String reference, String booking) {
        return template().replace("${ICREF}", reference).replace("${BOOKING}", booking);
    }

    /** Prints one timing line: ms per message and messages per second since {@code startedNanos}. */
    static void report(String label, int count, long startedNanos) {
        double millis = (System.nanoTime() - startedNanos) / 1e6;
        System.out.printf("%-10s %d one-message interchanges: %.3f ms/message, %.0f messages/s (%d cores)%n", label,
                count, millis / count, count / (millis / 1000), Runtime.getRuntime().availableProcessors());
    }
}

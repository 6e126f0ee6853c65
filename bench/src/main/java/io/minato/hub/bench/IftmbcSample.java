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

    /**
     * An interchange of {@code messages} confirmations (UNH references 1…n, bookings
     * {@code bookingPrefix}1…n), written to {@code out} message by message so it can be any size.
     */
    static void write(Appendable out, String reference, String bookingPrefix, int messages) throws IOException {
        String template = template();
        String header = template.substring(0, template.indexOf("UNH+"));
        String body = template.substring(template.indexOf("UNH+"), template.indexOf("UNZ+"));
        out.append(header.replace("${ICREF}", reference));
        for (int i = 1; i <= messages; i++) {
            out.append(body.replace("UNH+1+", "UNH+" + i + "+").replace("UNT+27+1'", "UNT+27+" + i + "'")
                    .replace("${BOOKING}", bookingPrefix + i));
        }
        out.append("UNZ+").append(String.valueOf(messages)).append('+').append(reference).append("'\n");
    }

    /** Prints one timing line: ms per message and messages per second since {@code startedNanos}. */
    static void report(String label, int count, long startedNanos) {
        report(label, count, 1, startedNanos);
    }

    /** The same for {@code interchanges} interchanges of {@code messages} messages each. */
    static void report(String label, int interchanges, int messages, long startedNanos) {
        double millis = (System.nanoTime() - startedNanos) / 1e6;
        long count = (long) interchanges * messages;
        System.out.printf("%-10s %d interchanges of %d message(s): %.3f ms/message, %.0f messages/s (%d cores)%n",
                label, interchanges, messages, millis / count, count / (millis / 1000),
                Runtime.getRuntime().availableProcessors());
    }
}

package io.minato.hub.mappings.edifact.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Golden files under src/test/resources/edi/stream, as raw bytes. */
final class TestEdi {

    private TestEdi() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = TestEdi.class.getResourceAsStream("/edi/stream/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file edi/stream/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

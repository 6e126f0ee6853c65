package io.minato.hub.mappings.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Golden files under src/test/resources/edi, as raw bytes. */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] edi(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/edi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file edi/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

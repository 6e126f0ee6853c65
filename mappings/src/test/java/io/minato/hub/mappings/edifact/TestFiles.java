package io.minato.hub.mappings.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test resources as raw bytes: golden files under {@code edi/} and anything else on the classpath. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A golden file under {@code src/test/resources/edi/}, e.g. {@code stream/coparn.edi}. */
    public static byte[] edi(String name) {
        return resource("edi/" + name);
    }

    /** Any test resource by its classpath path. */
    public static byte[] resource(String path) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

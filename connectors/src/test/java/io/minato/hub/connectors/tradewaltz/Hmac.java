package io.minato.hub.connectors.tradewaltz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** An HMAC computed outside the code under test: by the openssl command line. */
final class Hmac {

    private Hmac() {
    }

    static String hex(String secret, String text) {
        try {
            Process openssl = new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", secret, "-r").start();
            openssl.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
            openssl.getOutputStream().close();
            String out = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (openssl.waitFor() != 0) {
                throw new IllegalStateException("openssl failed: " + out);
            }
            return out.split(" ")[0].strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

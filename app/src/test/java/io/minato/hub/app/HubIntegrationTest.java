package io.minato.hub.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole hub with embedded PostgreSQL, embedded Artemis, the
 * hub's SMTP listener and the NACCS simulator on real loopback sockets. One context for all
 * subclasses (Spring caches it), so PostgreSQL and the Smooks schema start once per run.
 */
@CamelSpringBootTest
@SpringBootTest(classes = MinatoHubApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class HubIntegrationTest {

    protected static final Path DATA_DIR = createDataDir();
    private static final int LISTENER_PORT = freePort();
    private static final int SIMULATOR_PORT = freePort();

    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void runtime(DynamicPropertyRegistry registry) {
        registry.add("minato.data-dir", DATA_DIR::toString);
        registry.add("minato.naccs.listener.port", () -> LISTENER_PORT);
        registry.add("minato.naccs.simulator.port", () -> SIMULATOR_PORT);
        registry.add("minato.naccs.smtp-port", () -> SIMULATOR_PORT);
    }

    protected static Path inbox() {
        return DATA_DIR.resolve("inbox/edifact");
    }

    private static Path createDataDir() {
        try {
            // under target/, so `mvn clean` removes the test clusters and journals
            Path target = Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(target, "it-data-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

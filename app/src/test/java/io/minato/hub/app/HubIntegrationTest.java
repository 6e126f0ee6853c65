package io.minato.hub.app;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.context.annotation.Import;
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
@Import(TestHttpClient.class)
public abstract class HubIntegrationTest {

    protected static final Path DATA_DIR = createDataDir();
    /** The platform user seeded from config/application.yml, linked to the seeded NACCS user MNT01Y01. */
    protected static final String OPERATOR = "operator";
    protected static final String OPERATOR_PASSWORD = "operator-dev-password";
    private static final int LISTENER_PORT = freePort();
    private static final int SIMULATOR_PORT = freePort();
    /** Where NaccsMailboxIT's IMAP server listens; the mailbox reader is defined but not started. */
    protected static final int MAILBOX_PORT = freePort();
    /** The Colins simulator the hub polls (ColinsPollingIT); its consent list is a copy the tests may edit. */
    protected static final int COLINS_PORT = freePort();
    protected static final Path COLINS_TERMINALS = DATA_DIR.resolve("colins-terminals.yml");
    /** The TradeWaltz simulator the hub polls and that pushes webhooks to it (TradeWaltzIT). */
    protected static final int TRADEWALTZ_PORT = freePort();

    /** Calls as the hub's operator, who supports every deal; tests of companies' rights call as them. */
    protected TestRestTemplate http;
    /** Calls without any credentials. */
    protected TestRestTemplate anonymous;

    @Autowired
    private RestTemplateBuilder restTemplateBuilder;

    @Autowired
    void http(TestRestTemplate rest) {
        this.anonymous = rest;
        this.http = rest.withBasicAuth(OPERATOR, OPERATOR_PASSWORD);
    }

    /**
     * Calls sending this header on every request (an API key, a bearer token), through the context's
     * client, which shows every answer as the hub gave it (TestHttpClient).
     */
    protected TestRestTemplate withHeader(String name, String value) {
        return new TestRestTemplate(restTemplateBuilder.rootUri(anonymous.getRootUri()).defaultHeader(name, value));
    }

    @DynamicPropertySource
    static void runtime(DynamicPropertyRegistry registry) {
        registry.add("minato.data-dir", DATA_DIR::toString);
        registry.add("minato.naccs.listener.port", () -> LISTENER_PORT);
        registry.add("minato.naccs.simulator.port", () -> SIMULATOR_PORT);
        registry.add("minato.naccs.smtp-port", () -> SIMULATOR_PORT);
        registry.add("minato.naccs.mailbox.port", () -> MAILBOX_PORT);
        registry.add("minato.colins.simulator.port", () -> COLINS_PORT);
        registry.add("minato.colins.terminals", HubIntegrationTest::colinsTerminals);
        registry.add("minato.tradewaltz.simulator.port", () -> TRADEWALTZ_PORT);
    }

    /** The first EDIFACT message waits for the DFDL schema to compile. */
    protected static final Duration FIRST_MESSAGE_PATIENCE = Duration.ofMinutes(4);
    private static final AtomicInteger FILES = new AtomicInteger();

    /** A fresh interchange control reference; UNB allows 14 characters. */
    protected static String reference(String prefix) {
        return prefix + (System.nanoTime() % 1_000_000_000_000L);
    }

    /** The IFTMBC D99B test interchange (UNOC, from INTTRA) with its references filled in. */
    protected static String iftmbc(String reference, String booking) throws IOException {
        try (InputStream in = HubIntegrationTest.class.getResourceAsStream("/edi/iftmbc-template.edi")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .replace("${ICREF}", reference).replace("${BOOKING}", booking);
        }
    }

    /** Drops text as its UNOC bytes; answers the id of the wire message it became. */
    protected long drop(String content) throws IOException {
        return drop(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Writes under a temporary name and renames, as partners must; answers the wire message id. */
    protected long drop(byte[] content) throws IOException {
        Files.createDirectories(inbox());
        String name = "drop-" + FILES.incrementAndGet() + "-" + System.nanoTime();
        Path temporary = inbox().resolve(name + ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, inbox().resolve(name + ".edi"), StandardCopyOption.ATOMIC_MOVE);
        return await().atMost(Duration.ofSeconds(30)).until(() -> findByFileName(name + ".edi"), id -> id > 0);
    }

    protected JsonNode awaitFinished(long id) {
        return await().atMost(FIRST_MESSAGE_PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> message(id), message -> !message.get("status").asText().equals("RECEIVED"));
    }

    protected JsonNode message(long id) {
        return http.getForObject("/api/v1/messages/" + id, JsonNode.class);
    }

    private long findByFileName(String fileName) {
        JsonNode recent = http.getForObject("/api/v1/messages?limit=500", JsonNode.class);
        for (JsonNode message : recent) {
            if (fileName.equals(message.path("fileName").asText())) {
                return message.get("id").asLong();
            }
        }
        return 0;
    }

    /** A FILE-channel partner profile as PUT /api/v1/partners/{code} takes it; callers add or change keys. */
    protected static Map<String, Object> fileChannelPartner(String code, String name, String directory,
                                                            String acknowledgement) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("code", code);
        profile.put("name", name);
        profile.put("ediId", code);
        profile.put("ediQualifier", "ZZZ");
        profile.put("directory", directory);
        profile.put("channel", "FILE");
        profile.put("acknowledgement", acknowledgement);
        profile.put("test", false);
        return profile;
    }

    /** The first .edi file in {@code directory} whose text (ISO-8859-1) contains {@code text}. */
    protected static Optional<String> fileContaining(Path directory, String text) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".edi"))
                    .map(HubIntegrationTest::readLatin1)
                    .filter(content -> content.contains(text))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits up to 30 s for {@link #fileContaining}. */
    protected static String awaitFileContaining(Path directory, String text) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> fileContaining(directory, text), Optional::isPresent).orElseThrow();
    }

    private static String readLatin1(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static Path inbox() {
        return DATA_DIR.resolve("inbox/edifact");
    }

    /** A copy of the shipped consent list, made before the hub reads it. */
    private static String colinsTerminals() {
        try (InputStream shipped = HubIntegrationTest.class.getResourceAsStream("/colins/terminals.yml")) {
            if (!Files.exists(COLINS_TERMINALS)) {
                Files.copy(shipped, COLINS_TERMINALS);
            }
            return COLINS_TERMINALS.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

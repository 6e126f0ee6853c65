package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.routes.support.WireHeaders;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * EDIFACT by SFTP against a real SFTP server in this JVM (Apache MINA SSHD) on loopback, with
 * password login and strict host key checking against a known_hosts file.
 */
@ExtendWith(OutputCaptureExtension.class)
class SftpChannelIT extends HubIntegrationTest {

    private static final String USER = "minato";
    /** The value of minato.secrets.sftp-it in application-test.yml. */
    private static final String PASSWORD = "s3cr&t+pa=ss%20";
    private static final String SECRET_NAME = "sftp-it";

    private static Path root;
    private static Path hostKey;
    private static Path knownHosts;
    private static KeyPair clientKey;
    private static Path clientKeyFile;
    private static SshServer server;

    @Autowired
    private CamelContext camel;

    @Value("${minato.retry.max-redeliveries}")
    private int maxRedeliveries;

    private final List<Map<String, Object>> registered = new ArrayList<>();
    private SshServer lateServer;

    @BeforeAll
    static void startServer() throws IOException, GeneralSecurityException {
        root = Files.createTempDirectory(DATA_DIR, "sftp-root-");
        hostKey = DATA_DIR.resolve("sftp-host-key");
        knownHosts = DATA_DIR.resolve("sftp-known-hosts");
        Files.createFile(knownHosts);
        clientKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        clientKeyFile = DATA_DIR.resolve("sftp-client-key");
        try (OutputStream out = Files.newOutputStream(clientKeyFile)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(clientKey, "minato test", null, out);
        }
        server = sftpServer(0);
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.stop(true);
    }

    /** Back to the file channel, so their inbox routes stop polling servers that go away with this class. */
    @AfterEach
    void retirePartners() throws IOException {
        for (Map<String, Object> profile : registered) {
            profile.put("channel", "FILE");
            assertThat(put(profile).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        if (lateServer != null) {
            lateServer.stop(true);
        }
    }

    @Test
    void receivesFromThePartnersServerAndPutsTheContrlOnIt(CapturedOutput output) throws IOException {
        String code = partnerCode("S");
        Map<String, Object> profile = profile(code, server.getPort(), ".done");
        assertThat(put(profile).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Path inbound = Files.createDirectories(root.resolve(code + "/in"));
        Files.writeString(inbound.resolve("still-uploading.part"), "half a file", StandardCharsets.ISO_8859_1);

        String reference = reference("F");
        String interchange = iftmbc(reference, "SFTP" + System.nanoTime()).replace("UNOC:3+INTTRA:ZZZ", "UNOC:3+" + code + ":ZZZ");
        upload(inbound, "booking.edi", interchange);

        long id = await().atMost(Duration.ofSeconds(30)).until(() -> sftpMessage("booking.edi", code), Optional::isPresent)
                .orElseThrow();
        JsonNode message = awaitFinished(id);
        assertThat(message.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(message.get("channel").asText()).isEqualTo("EDIFACT_SFTP");
        assertThat(message.get("partner").asText()).isEqualTo(code);
        assertThat(message.at("/correlation/channelPartner").asText()).isEqualTo(code);
        assertThat(message.get("content").asText()).isEqualTo(interchange);
        // moved aside once archived; the half-uploaded file is left alone
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(inbound.resolve("booking.edi")));
        assertThat(inbound.resolve(".done/booking.edi")).hasContent(interchange);
        assertThat(inbound.resolve("still-uploading.part")).exists();

        Path outbound = root.resolve(code + "/out");
        String contrl = await().atMost(Duration.ofSeconds(30)).until(() -> fileContaining(outbound, "UCI+" + reference + "+"),
                Optional::isPresent).orElseThrow();
        assertThat(contrl).contains("UNB+UNOC:3+MINATOHUB:ZZZ+" + code + ":ZZZ+", "UNH+1+CONTRL:D:3:UN'");
        long contrlId = Long.parseLong(message(id).at("/correlation/acknowledgement").asText().replaceAll("\\D", ""));
        await().atMost(Duration.ofSeconds(10)).until(() -> message(contrlId).get("status").asText().equals("SENT"));
        assertThat(message(contrlId).get("channel").asText()).isEqualTo("EDIFACT_SFTP");
        try (Stream<Path> files = Files.list(outbound)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }

        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void retriesADeliveryToAServerThatIsDownThenKeepsItFailedForAResend() throws Exception {
        int port = freePort();
        String code = partnerCode("D");
        assertThat(put(profile(code, port, null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<Long> redeliveries = new CopyOnWriteArrayList<>();
        EventNotifierSupport counter = redeliveryCounter(redeliveries);
        counter.start();
        camel.getManagementStrategy().addEventNotifier(counter);
        try {
            String reference = reference("D");
            long inbound = drop(iftmbc(reference, "DOWN" + System.nanoTime()).replace("UNOC:3+INTTRA:ZZZ", "UNOC:3+" + code + ":ZZZ"));
            assertThat(awaitFinished(inbound).get("status").asText()).isEqualTo("PROCESSED");
            long contrlId = Long.parseLong(await().atMost(Duration.ofSeconds(30))
                    .until(() -> message(inbound).at("/correlation/acknowledgement").asText(), text -> !text.isEmpty())
                    .replaceAll("\\D", ""));

            JsonNode failed = await().atMost(Duration.ofSeconds(30))
                    .until(() -> message(contrlId), contrl -> contrl.get("status").asText().equals("FAILED"));

            assertThat(failed.get("reason").asText()).contains("Cannot connect", "127.0.0.1:" + port);
            assertThat(redeliveries.stream().filter(wireMessage -> wireMessage == contrlId)).hasSize(maxRedeliveries);
            assertThat(failed.get("content").asText()).contains("UCI+" + reference + "+");

            lateServer = sftpServer(port);
            assertThat(http.postForEntity("/api/v1/messages/" + contrlId + "/resend", null, JsonNode.class).getStatusCode())
                    .isEqualTo(HttpStatus.ACCEPTED);
            await().atMost(Duration.ofSeconds(30)).until(() -> message(contrlId).get("status").asText().equals("SENT"));
            assertThat(fileContaining(root.resolve(code + "/out"), "UCI+" + reference + "+")).contains(failed.get("content").asText());
        } finally {
            camel.getManagementStrategy().removeEventNotifier(counter);
            counter.stop();
        }
    }

    @Test
    void logsInWithAPrivateKeyAndDeletesWhatItHasArchived() throws IOException {
        String code = partnerCode("K");
        Map<String, Object> profile = profile(code, server.getPort(), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> sftp = (Map<String, Object>) profile.get("sftp");
        sftp.remove("passwordSecret");
        sftp.put("privateKeyFile", clientKeyFile.toString());
        assertThat(put(profile).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        Path inbound = Files.createDirectories(root.resolve(code + "/in"));

        upload(inbound, "by-key.edi", iftmbc(reference("K"), "KEY" + System.nanoTime())
                .replace("UNOC:3+INTTRA:ZZZ", "UNOC:3+" + code + ":ZZZ"));

        long id = await().atMost(Duration.ofSeconds(30)).until(() -> sftpMessage("by-key.edi", code), Optional::isPresent)
                .orElseThrow();
        assertThat(awaitFinished(id).get("status").asText()).isEqualTo("PROCESSED");
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(inbound.resolve("by-key.edi")));
        assertThat(inbound.resolve(".done")).doesNotExist();
    }

    @Test
    void neverShowsThePasswordAndRefusesSecretsTheHubDoesNotHave() {
        String code = partnerCode("P");
        Map<String, Object> profile = profile(code, server.getPort(), null);
        @SuppressWarnings("unchecked")
        Map<String, Object> sftp = (Map<String, Object>) profile.get("sftp");
        // a client that sends the password itself: it is not a field, so it is neither stored nor echoed
        sftp.put("password", PASSWORD);
        ResponseEntity<String> created = http.exchange("/api/v1/partners/" + code, HttpMethod.PUT, new HttpEntity<>(profile),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        sftp.remove("password");

        String one = http.getForObject("/api/v1/partners/" + code, String.class);
        String all = http.getForObject("/api/v1/partners", String.class);
        assertThat(one).contains("\"passwordSecret\":\"" + SECRET_NAME + "\"", "\"username\":\"" + USER + "\"");
        assertThat(all).contains("\"code\":\"" + code + "\"");
        assertThat(created.getBody() + one + all).doesNotContain(PASSWORD).doesNotContain("s3cr");

        sftp.put("passwordSecret", "no-such-secret");
        ResponseEntity<JsonNode> unknownSecret = put(profile);
        assertThat(unknownSecret.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownSecret.getBody().get("errors").findValuesAsText("field")).containsExactly("sftp.passwordSecret");
        assertThat(unknownSecret.getBody().toString()).contains("MINATO_SECRETS_NO_SUCH_SECRET");

        sftp.put("passwordSecret", SECRET_NAME);
        sftp.put("inboundDir", "/var/sftp/in");
        ResponseEntity<JsonNode> absolute = put(profile);
        assertThat(absolute.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(absolute.getBody().get("errors").findValuesAsText("field")).containsExactly("sftp.inboundDir");

        profile.remove("sftp");
        ResponseEntity<JsonNode> noServer = put(profile);
        assertThat(noServer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noServer.getBody().get("errors").findValuesAsText("field")).containsExactly("sftp");
        assertThat(http.getForObject("/api/v1/partners/" + code, JsonNode.class).at("/sftp/passwordSecret").asText())
                .isEqualTo(SECRET_NAME);
    }

    private static SshServer sftpServer(int port) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        sshd.setKeyPairProvider(keys);
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        sshd.setPublickeyAuthenticator((user, key, session) -> USER.equals(user)
                && KeyUtils.compareKeys(key, clientKey.getPublic()));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        KeyPair key = keys.loadKeys(null).iterator().next();
        Files.writeString(knownHosts, "[127.0.0.1]:" + sshd.getPort() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n",
                StandardOpenOption.APPEND);
        return sshd;
    }

    private String partnerCode(String prefix) {
        return "SFTP" + prefix + System.nanoTime() % 1_000_000;
    }

    private Map<String, Object> profile(String code, int port, String doneDir) {
        Map<String, Object> sftp = new HashMap<>();
        sftp.put("host", "127.0.0.1");
        sftp.put("port", port);
        sftp.put("username", USER);
        sftp.put("passwordSecret", SECRET_NAME);
        sftp.put("knownHostsFile", knownHosts.toString());
        sftp.put("strictHostKeyChecking", true);
        sftp.put("inboundDir", code + "/in");
        sftp.put("outboundDir", code + "/out");
        sftp.put("doneDir", doneDir);
        Map<String, Object> profile = fileChannelPartner(code, "SFTP partner " + code, "D99B", "CONTRL");
        profile.put("channel", "SFTP");
        profile.put("sftp", sftp);
        registered.add(profile);
        return profile;
    }

    private ResponseEntity<JsonNode> put(Map<String, Object> profile) {
        return http.exchange("/api/v1/partners/" + profile.get("code"), HttpMethod.PUT, new HttpEntity<>(profile),
                JsonNode.class);
    }

    /** As a partner uploads: under a temporary name, then renamed. */
    private static void upload(Path directory, String name, String content) throws IOException {
        Path temporary = directory.resolve(name + ".tmp");
        Files.writeString(temporary, content, StandardCharsets.ISO_8859_1);
        Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    private Optional<Long> sftpMessage(String fileName, String partner) {
        JsonNode recent = http.getForObject("/api/v1/messages?channel=EDIFACT_SFTP&direction=IN&limit=500", JsonNode.class);
        for (JsonNode message : recent) {
            if (fileName.equals(message.path("fileName").asText())
                    && partner.equals(message.at("/correlation/channelPartner").asText())) {
                return Optional.of(message.get("id").asLong());
            }
        }
        return Optional.empty();
    }


    /** Records, per redelivery the hub's error handling makes, the wire message it is for. */
    private static EventNotifierSupport redeliveryCounter(List<Long> redeliveries) {
        EventNotifierSupport counter = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeRedeliveryEvent redelivery) {
                    Long id = redelivery.getExchange().getIn().getHeader(WireHeaders.WIRE_MESSAGE_ID, Long.class);
                    redeliveries.add(id == null ? -1L : id);
                }
            }
        };
        counter.setIgnoreExchangeEvents(false);
        return counter;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

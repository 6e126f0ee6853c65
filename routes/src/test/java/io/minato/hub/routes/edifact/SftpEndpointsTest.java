package io.minato.hub.routes.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.partner.SftpSettings;
import java.util.Properties;
import org.apache.camel.component.file.remote.SftpConfiguration;
import org.apache.camel.component.file.remote.SftpEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The URIs as camel-sftp reads them: secrets resolved only inside the endpoint, free text taken literally. */
class SftpEndpointsTest {

    private static final String PASSWORD = "pa&ss+w=rd%20)x";

    private final SftpEndpoints endpoints = new SftpEndpoints();
    private final DefaultCamelContext camel = camelWith("line-sftp", PASSWORD);

    @AfterEach
    void close() throws java.io.IOException {
        camel.close();
    }

    @Test
    void pollsWithAPasswordFromTheSecretsAndDeletesWhatItRead() {
        SftpSettings settings = new SftpSettings("sftp.line.example", 2222, "hub user", "line-sftp", null, null,
                "/etc/minato/known_hosts", null, "to hub/edifact", "from-hub", null);

        String uri = endpoints.inbound(settings);
        SftpEndpoint endpoint = camel.getEndpoint(uri, SftpEndpoint.class);

        assertThat(uri).contains("password=RAW({{minato.secrets.line-sftp}})").doesNotContain(PASSWORD);
        SftpConfiguration configuration = endpoint.getConfiguration();
        assertThat(configuration.getHost()).isEqualTo("sftp.line.example");
        assertThat(configuration.getPort()).isEqualTo(2222);
        assertThat(configuration.getUsername()).isEqualTo("hub user");
        assertThat(configuration.getPassword()).isEqualTo(PASSWORD);
        assertThat(configuration.getDirectory()).isEqualTo("to hub/edifact");
        assertThat(configuration.getKnownHostsFile()).isEqualTo("/etc/minato/known_hosts");
        assertThat(configuration.isUseUserKnownHostsFile()).isFalse();
        assertThat(configuration.getStrictHostKeyChecking()).isEqualTo("yes");
        assertThat(endpoint.getMaximumReconnectAttempts()).isZero();
        assertThat(endpoint.isDelete()).isTrue();
        assertThat(endpoint.getMove()).isNull();
        assertThat(endpoint.isAutoCreate()).isFalse();
        assertThat(endpoint.getExclude()).isEqualTo(EdifactInboundRoute.IN_PROGRESS_NAMES);
        assertThat(endpoint.toString()).doesNotContain("pa&ss");
    }

    @Test
    void logsInWithAKeyAndMovesReadFilesToTheDoneDirectory() {
        SftpSettings settings = new SftpSettings("10.0.0.5", null, "hub", null, "/keys/id_ed25519", "line-sftp",
                null, false, "in", "out/edifact", ".done");

        SftpEndpoint inbound = camel.getEndpoint(endpoints.inbound(settings), SftpEndpoint.class);
        SftpEndpoint outbound = camel.getEndpoint(endpoints.outbound(settings), SftpEndpoint.class);

        assertThat(inbound.getConfiguration().getPort()).isEqualTo(22);
        assertThat(inbound.getConfiguration().getPassword()).isNull();
        assertThat(inbound.getConfiguration().getPrivateKeyFile()).isEqualTo("/keys/id_ed25519");
        assertThat(inbound.getConfiguration().getPrivateKeyPassphrase()).isEqualTo(PASSWORD);
        assertThat(inbound.getConfiguration().getStrictHostKeyChecking()).isEqualTo("no");
        assertThat(inbound.isDelete()).isFalse();
        assertThat(inbound.getMove()).isNotNull();
        assertThat(outbound.getConfiguration().getDirectory()).isEqualTo("out/edifact");
        assertThat(outbound.getTempFileName()).isNotNull();
        assertThat(outbound.getFileExist().name()).isEqualTo("Fail");
    }

    private static DefaultCamelContext camelWith(String secret, String value) {
        DefaultCamelContext camel = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.setProperty("minato.secrets." + secret, value);
        properties.setProperty("minato.edifact.max-files-per-poll", "10");
        properties.setProperty("minato.edifact.sftp.poll-delay-ms", "1000");
        properties.setProperty("minato.edifact.sftp.connect-timeout-ms", "1000");
        properties.setProperty("minato.edifact.sftp.backoff-error-threshold", "3");
        properties.setProperty("minato.edifact.sftp.backoff-multiplier", "10");
        camel.getPropertiesComponent().setInitialProperties(properties);
        return camel;
    }
}

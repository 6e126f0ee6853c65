package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.AccessPolicy;
import io.minato.hub.mappings.permission.InvalidPermissionMatrixException;
import io.minato.hub.mappings.permission.PermissionMatrix;
import io.minato.hub.mappings.permission.PermissionProblem;
import io.minato.hub.mappings.permission.Rights;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Start-up loads the matrix the config module ships, and a broken file stops the context with its line. */
class PermissionConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PermissionConfiguration.class);

    @Test
    void loadsTheShippedMatrixFromTheClasspath() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(AccessPolicy.class);
            PermissionMatrix matrix = context.getBean(PermissionMatrix.class);
            assertThat(matrix.file()).isEqualTo("classpath:permissions/matrix.yml");
            assertThat(matrix.rights(DocumentType.UL050, BusinessType.OCEAN_CARRIER)).isEqualTo(Rights.READ_WRITE);
        });
    }

    @Test
    void aBrokenMatrixStopsTheContextNamingFileAndLine(@TempDir Path dir) throws IOException {
        // the UL050 READ list, which occurs once in the file
        String list = "READ: [SHIPPER, FORWARDER, CUSTOMS_BROKER, TERMINAL_OPERATOR, TRUCKER, WAREHOUSE, "
                + "REGISTERED_CONSIGNOR, REGISTERED_SCREENER]";
        String shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("permissions/matrix.yml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path broken = dir.resolve("matrix.yml");
        Files.writeString(broken, shipped.replace(list, list.replace("FORWARDER", "FORWARDR")), StandardCharsets.UTF_8);
        int line = shipped.lines().takeWhile(l -> !l.contains(list))
                .toList().size() + 1;

        runner.withPropertyValues("minato.permissions.matrix=" + broken).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOfSatisfying(InvalidPermissionMatrixException.class, e -> assertThat(e.problems())
                            .extracting(PermissionProblem::line).containsExactly(line, line - 2));
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining(broken + ":" + line + ": UL050 READ: unknown business type 'FORWARDR'")
                    .hasMessageContaining("UL050: no rights for FORWARDER");
        });
    }
}

package io.minato.hub.routes.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.connectors.naccs.InvalidNaccsConfigurationException;
import io.minato.hub.connectors.naccs.NaccsBusinessRegistry;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NaccsConfigurationTest {

    static final Path LAYOUTS = Path.of("../config/naccs/layouts");
    static final Path REGISTRY = Path.of("../config/naccs/businesses.yml");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(NaccsConfiguration.class)
            .withPropertyValues("minato.naccs.businesses=" + REGISTRY);

    @Test
    void startsWithTheShippedLayoutsAndExposesTheRegistry() {
        runner.withPropertyValues("minato.naccs.layouts=" + LAYOUTS).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(NaccsBusinessRegistry.class).linked()).hasSize(82);
            assertThat(context.getBean(NaccsLayouts.class).find("EDA")).isPresent();
        });
    }

    @Test
    void refusesToStartWhenAShippedLayoutIsBrokenNamingFileAndLine(@TempDir Path dir) throws IOException {
        try (var files = Files.list(LAYOUTS)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        // a licensed user's replacement that forgot the English name of one item
        Path eda = dir.resolve("EDA.layout");
        String text = Files.readString(eda);
        Files.writeString(eda, text.replace("| 輸出者名 | Exporter name", ""));
        long line = text.lines().takeWhile(candidate -> !candidate.startsWith("exporterName")).count() + 1;

        runner.withPropertyValues("minato.naccs.layouts=" + dir).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(InvalidNaccsConfigurationException.class)
                    .hasMessage("1 problem in the NACCS layouts or business registry:\n  " + eda + " line " + line
                            + ": item exporterName needs display names: '| 日本語名 | English name'");
        });
    }

    @Test
    void refusesToStartWithABrokenRegistry(@TempDir Path dir) throws IOException {
        Path registry = dir.resolve("businesses.yml");
        Files.writeString(registry, Files.readString(REGISTRY).replace("count: 82", "count: 83"));

        runner.withPropertyValues("minato.naccs.layouts=" + LAYOUTS, "minato.naccs.businesses=" + registry)
                .run(context -> assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining(registry + " line ")
                        .hasMessageContaining(": count says 83 linked codes but businesses lists 82"));
    }
}

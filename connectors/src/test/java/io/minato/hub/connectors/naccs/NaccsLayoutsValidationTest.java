package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaccsLayoutsValidationTest {

    private static final String REGISTRY = """
            count: 2
            businesses:
              - {code: ECR, ja: 輸出貨物情報登録, en: Export cargo, kind: REGISTRATION, feeds: [UL040], layout: true}
              - {code: ICG, ja: 貨物情報照会, en: Cargo inquiry, kind: INQUIRY, feeds: [], layout: true}
            """;
    private static final String HEAD = """
            @title-ja 業務
            @title-en Business
            @source test
            """;

    @TempDir
    Path dir;

    private static NaccsBusinessRegistry registry() {
        return NaccsBusinessRegistry.parse("businesses.yml", REGISTRY);
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheShippedLayoutsAndRegistry() {
        NaccsBusinessRegistry registry = NaccsBusinessRegistry.load(NaccsBusinessRegistryTest.REGISTRY.toString());

        Map<String, NaccsLayout> layouts = NaccsLayouts.at(NaccsLayoutTest.LAYOUTS.toString()).validateAll(registry);

        assertThat(layouts.keySet()).containsAll(registry.withLayout().stream().map(NaccsBusiness::code).toList())
                .contains("SAE0010");
        // besides the businesses only output layouts (7-character output information codes) ship
        assertThat(layouts.keySet()).filteredOn(code -> registry.find(code).isEmpty())
                .allMatch(code -> code.matches("[A-Z0-9]{7}"));
        assertThat(layouts.values()).allSatisfy(layout -> {
            assertThat(layout.version()).as(layout.code()).matches("\\d{4}\\.\\d+-(approx|sim)\\.\\d+");
            assertThat(layout.description().source()).as(layout.code()).isNotBlank();
        });
    }

    @Test
    void reportsEveryProblemOfEveryFileWithItsLine() throws IOException {
        write("ECR.layout", "@code ECR\n@version 1\n" + HEAD + "name NAME 5 X M | 名前 | Name\n"
                + "other NAME 5 X O | 別 | Other\nbare BARE 2 X O\n");
        write("ICX.layout", "@code ICG\n@version 1\n@title-ja 照会\nkey KEYS 5 X M | キー | Key\n");
        write("ZZZ.layout", "@code ZZZ\n@version 1\n" + HEAD + "key KEYS 5 X M | キー | Key\n");
        write("BAD.layout", "@code BAD\n@version 1\n" + HEAD + "key KEYS five X M | キー | Key\n");
        write("SAE0010.layout", "@code SAE0010\n@version 1\n" + HEAD + "no ECNO 35 X M | 番号 | Number\n");
        write("notes.txt", "not a layout");

        assertThatThrownBy(() -> NaccsLayouts.at(dir.toString()).validateAll(registry()))
                .isInstanceOfSatisfying(InvalidNaccsConfigurationException.class, e ->
                        assertThat(e.problems()).extracting(NaccsConfigurationProblem::describe)
                                .containsExactlyInAnyOrder(
                                        dir.resolve("BAD.layout") + " line 6: For input string: \"five\"",
                                        dir.resolve("ECR.layout") + " line 7: abbreviation NAME of other is already"
                                                + " used by name (line 6); result codes name items by abbreviation",
                                        dir.resolve("ECR.layout") + " line 8: item bare needs display names:"
                                                + " '| 日本語名 | English name'",
                                        dir.resolve("ICX.layout") + " line 1: @code ICG does not match the file"
                                                + " name ICX.layout: layouts are found by file name",
                                        dir.resolve("ICX.layout") + ": no @title-en",
                                        dir.resolve("ICX.layout") + ": no @source: say where the item table comes"
                                                + " from",
                                        dir.resolve("ZZZ.layout") + " line 1: business ZZZ is not in businesses.yml",
                                        // ICX.layout does not count as ICG's: layouts are found by file name
                                        "businesses.yml line 4: ICG says a layout ships but " + dir
                                                + " has no ICG.layout"));
    }

    @Test
    void requiresAFileForEveryBusinessThatSaysOneShipsAndTheOtherWayRound() throws IOException {
        write("ECR.layout", "@code ECR\n@version 1\n" + HEAD + "name NAME 5 X M | 名前 | Name\n");
        write("ICG.layout", "@code ICG\n@version 1\n" + HEAD + "key KEYS 5 X M | キー | Key\n");
        NaccsBusinessRegistry noIcgLayout = NaccsBusinessRegistry.parse("businesses.yml",
                REGISTRY.replace("feeds: [], layout: true", "feeds: [], layout: false"));
        Files.delete(dir.resolve("ECR.layout"));

        assertThatThrownBy(() -> NaccsLayouts.at(dir.toString()).validateAll(noIcgLayout))
                .isInstanceOfSatisfying(InvalidNaccsConfigurationException.class, e ->
                        assertThat(e.problems()).extracting(NaccsConfigurationProblem::describe)
                                .containsExactlyInAnyOrder(
                                "businesses.yml line 3: ECR says a layout ships but " + dir + " has no ECR.layout",
                                dir.resolve("ICG.layout") + " line 1: businesses.yml line 4 says ICG ships no"
                                        + " layout; set layout: true there"));
    }

    @Test
    void listsAndValidatesLayoutsInsideAJarOnTheClasspath() throws Exception {
        Path jar = dir.resolve("config.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // folder entries as the Maven jar plugin writes them: class loaders find folders by them
            out.putNextEntry(new JarEntry("naccs/"));
            out.putNextEntry(new JarEntry("naccs/layouts/"));
            entry(out, "naccs/layouts/ECR.layout", "@code ECR\n@version 1\n" + HEAD + "name NAME 5 X M | 名前 | Name\n");
            entry(out, "naccs/layouts/ICG.layout", "@code ICG\n@version 1\n" + HEAD + "key KEYS 5 X M | キー | Key\n");
            entry(out, "naccs/layouts/old/EDA.layout", "not listed: only the folder itself counts");
            entry(out, "naccs/businesses.yml", REGISTRY);
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(loader);
            NaccsLayouts layouts = NaccsLayouts.at(NaccsLayouts.DEFAULT_LOCATION);

            assertThat(layouts.fileNames()).containsExactly("ECR.layout", "ICG.layout");
            assertThat(layouts.validateAll(NaccsBusinessRegistry.load(NaccsBusinessRegistry.DEFAULT_LOCATION)))
                    .containsOnlyKeys("ECR", "ICG");
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}

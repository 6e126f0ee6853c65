package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import io.minato.hub.mappings.support.MinatoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Real interchanges written by others (/work/shared/corpus/edifact, see its MANIFEST.md): each is
 * read or rejected with a position, never a crash. Skipped where the corpus is not checked out.
 */
class CorpusTest {

    private static final Logger LOG = LoggerFactory.getLogger(CorpusTest.class);
    private static final Path CORPUS = Path.of("/work/shared/corpus/edifact/files");
    private static IftmbcReader reader;

    @BeforeAll
    static void warmUp() {
        reader = SharedIftmbcReader.get();
    }

    @Test
    void rejectsPhpEdifactIftmbcSampleWithPreciseReasons() throws IOException {
        Path sample = CORPUS.resolve("IFTMBC__php-edifact__edifact__example_multiline.edi");
        assumeTrue(Files.exists(sample), "corpus not available");

        Throwable thrown = catchThrowable(() -> reader.read(Files.readAllBytes(sample)));

        assertThat(thrown).isInstanceOf(EdiSyntaxException.class);
        List<String> problems = ((EdiSyntaxException) thrown).problems().stream().map(EdiSyntaxException.Problem::describe).toList();
        // syntax level 2 (UNOA:2) is read like level 3
        assertThat(problems).noneSatisfy(p -> assertThat(p).contains("syntax version"));
        // D.00B is one of the directories the hub reads: the message type itself is no problem
        assertThat(problems).noneSatisfy(p -> assertThat(p).startsWith("segment UNH #2"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("segment UNT #8, element 1")
                .contains("segment count 10 does not match the 7 segments"));
    }

    /** Every corpus file through the hub's reader of every inbound type: applied, or rejected with a position. */
    @Test
    void readsOrRejectsEveryCorpusFileWithAPosition() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "corpus not available");
        List<Path> files;
        try (Stream<Path> listing = Files.list(CORPUS)) {
            files = listing.sorted().toList();
        }
        int read = 0;
        EdifactReader everyType = SharedEdifactReader.get();
        for (Path file : files) {
            Throwable thrown = catchThrowable(() -> everyType.read(Files.readAllBytes(file)));
            if (thrown == null) {
                read++;
                continue;
            }
            assertThat(thrown).as(file.getFileName().toString()).isInstanceOf(MinatoException.class);
            if (thrown instanceof EdiSyntaxException syntax) {
                assertThat(syntax.problems()).as(file.getFileName().toString())
                        .allSatisfy(p -> assertThat(p.position().segmentOrdinal()).isPositive());
            } else if (thrown instanceof MappingException mapping) {
                assertThat(mapping.position()).as(file.getFileName() + ": " + mapping.getMessage()).isNotNull();
                assertThat(mapping.position().segmentOrdinal()).as(file.getFileName() + ": " + mapping.getMessage()).isPositive();
            }
            LOG.debug("{}: {}", file.getFileName(), thrown.getMessage());
        }
        LOG.info("corpus: {} of {} files read, the rest rejected with positions", read, files.size());
    }
}

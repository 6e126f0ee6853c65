package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** CONTRL back to the sender: INTTRA's profile (config/partners) asks for it on every interchange. */
class AcknowledgementIT extends HubIntegrationTest {

    @Test
    void acknowledgesAnAppliedInterchangeWithAnAcceptingContrl() throws IOException {
        String reference = reference("K");
        long id = drop(iftmbc(reference, "ACK" + System.nanoTime()));
        assertThat(awaitFinished(id).get("status").asText()).isEqualTo("PROCESSED");

        String contrl = awaitContrlFor(reference);

        assertThat(contrl).startsWith("UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+INTTRA:ZZZ+");
        assertThat(contrl).contains("UNH+1+CONTRL:D:3:UN'", "UCI+" + reference + "+INTTRA:ZZZ+MINATOHUB:ZZZ+7'");
        JsonNode inbound = message(id);
        assertThat(inbound.at("/correlation/acknowledgement").asText()).startsWith("CONTRL as wire message ");
        long contrlId = Long.parseLong(inbound.at("/correlation/acknowledgement").asText().replaceAll("\\D", ""));
        await().atMost(Duration.ofSeconds(30)).until(() -> message(contrlId).get("status").asText().equals("SENT"));
        JsonNode outbound = message(contrlId);
        assertThat(outbound.get("direction").asText()).isEqualTo("OUT");
        assertThat(outbound.get("partner").asText()).isEqualTo("INTTRA");
        assertThat(outbound.at("/correlation/acknowledges").asText()).isEqualTo(reference);
    }

    @Test
    void appliesASyntaxLevel2InterchangeAndAnswersItUnderLevel3() throws IOException {
        String reference = reference("V");
        String level2 = iftmbc(reference, "ACK" + System.nanoTime()).replace("UNB+UNOC:3+", "UNB+UNOC:2+");
        long id = drop(level2);
        assertThat(awaitFinished(id).get("status").asText()).as(message(id).path("reason").asText()).isEqualTo("PROCESSED");

        String contrl = awaitContrlFor(reference);

        // CONTRL is defined from syntax level 3 on; the partner's UNB elements read the same
        assertThat(contrl).startsWith("UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+INTTRA:ZZZ+");
        assertThat(contrl).contains("UCI+" + reference + "+INTTRA:ZZZ+MINATOHUB:ZZZ+7'");
    }

    @Test
    void answersASyntaxErrorWithARejectingContrlNamingTheSegment() throws IOException {
        String reference = reference("J");
        long id = drop(iftmbc(reference, "ACK" + System.nanoTime()).replace("UNT+27+1'", "UNT+31+1'"));
        assertThat(awaitFinished(id).get("status").asText()).isEqualTo("REJECTED");

        String contrl = awaitContrlFor(reference);

        assertThat(contrl).contains("UCI+" + reference + "+INTTRA:ZZZ+MINATOHUB:ZZZ+4'");
        assertThat(contrl).contains("UCM+1+IFTMBC:D:99B:UN+4+29+UNT");
    }

    @Test
    void doesNotAnswerASenderThatIsNoRegisteredPartnerButSaysWhy() throws IOException {
        String asking = iftmbc(reference("H"), "ACK" + System.nanoTime())
                .replace("INTTRA:ZZZ", "NOBODY:ZZZ");
        String withRequest = asking.replaceFirst("(UNB\\+[^']*)'", "$1++++1'");
        long id = drop(withRequest);

        JsonNode processed = awaitFinished(id);

        assertThat(processed.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(processed.at("/correlation/acknowledgement").asText()).contains("NOBODY").contains("no registered partner");
    }

    private static String awaitContrlFor(String reference) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> contrlFor(reference), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> contrlFor(String reference) {
        Path folder = DATA_DIR.resolve("outbox/edifact/INTTRA");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".edi"))
                    .map(AcknowledgementIT::read)
                    .filter(text -> text.contains("UCI+" + reference + "+"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

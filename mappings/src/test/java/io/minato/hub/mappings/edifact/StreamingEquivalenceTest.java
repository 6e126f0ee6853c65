package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.edifact.stream.CanonicalDom;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.edifact.stream.StreamedMessage;
import io.minato.hub.mappings.edifact.stream.StrictDom;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The streaming reader against the DFDL parser on every IFTMBC golden file the DFDL path of
 * {@link IftmbcReader} accepts: same per-message infoset, same {@link BookingConfirmation} from
 * {@link IftmbcMapper}, and the same whole-interchange DOM out of Smooks from the streaming config
 * ({@code edifact-stream.xml}) as from the DFDL config ({@code iftmbc-d99b.xml}). The only DFDL
 * compile of the test run (~60 s) happens here: acceptance is decided by the DFDL-era steps of
 * {@link IftmbcReader#read} run on this class's own parser.
 */
class StreamingEquivalenceTest {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingEquivalenceTest.class);
    private static final MessageProfiles IFTMBC_ONLY = new MessageProfiles(Set.of("IFTMBC"), new EdifactStructures());
    private static SmooksEdifactParser dfdl;
    private static SmooksEdifactParser smooksStreaming;
    private final EdifactStreamReader streaming = new EdifactStreamReader();

    @BeforeAll
    static void compileDfdl() {
        dfdl = new SmooksEdifactParser("smooks/iftmbc/iftmbc-d99b.xml");
        smooksStreaming = new SmooksEdifactParser("smooks/edifact/edifact-stream.xml", new EdifactStructures());
    }

    @AfterAll
    static void close() {
        dfdl.close();
        smooksStreaming.close();
    }

    @Test
    void streamingSmooksConfigGivesTheDfdlInterchangeDomForEveryGoldenFileThatReachesSmooks() throws Exception {
        List<String> compared = new ArrayList<>();
        List<String> notParsedByDfdl = new ArrayList<>();
        for (Path file : goldenIftmbcFiles()) {
            byte[] raw = Files.readAllBytes(file);
            DecodedInterchange interchange;
            Document expected;
            try {
                // IftmbcReader's steps before Smooks: decoding and StAEDI's envelope check reject
                // what the streaming reader also rejects but DFDL lets through (a wrong UNT count)
                interchange = InterchangeDecoder.decode(raw);
                new EnvelopeValidator(IFTMBC_ONLY).validate(interchange).throwIfProblems();
                expected = dfdl.parse(interchange);
            } catch (EdiSyntaxException rejected) {
                notParsedByDfdl.add(file.getFileName() + " (" + rejected.getMessage() + ")");
                continue;
            }
            if (!Dom.descendants(expected.getDocumentElement(), "BadMessage").isEmpty()) {
                notParsedByDfdl.add(file.getFileName() + " (BadMessage)");
                continue;
            }
            Document actual = smooksStreaming.parse(raw, null, interchange);
            assertThat(StrictDom.of(actual)).as(file.getFileName().toString()).isEqualTo(StrictDom.of(expected));
            compared.add(file.getFileName().toString());
        }
        LOG.info("MEASURED Smooks streaming config DOM = DFDL config DOM on {}; rejected before Smooks: {}",
                compared, notParsedByDfdl);
        assertThat(compared).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void streamingInfosetAndBookingEqualDfdlForEveryAcceptedGoldenFile() throws Exception {
        List<String> compared = new ArrayList<>();
        List<String> notAccepted = new ArrayList<>();
        for (Path file : goldenIftmbcFiles()) {
            byte[] raw = Files.readAllBytes(file);
            Accepted accepted = acceptedByCurrentReader(raw);
            if (accepted == null) {
                notAccepted.add(file.getFileName().toString());
                continue;
            }
            List<StreamedMessage> messages = streaming.readAll(raw);
            assertThat(messages).as(file.getFileName().toString()).hasSameSizeAs(accepted.messages());
            for (int i = 0; i < messages.size(); i++) {
                StreamedMessage mine = messages.get(i);
                assertThat(CanonicalDom.of(mine.message())).as(file.getFileName() + " message " + (i + 1))
                        .isEqualTo(CanonicalDom.of(accepted.messages().get(i)));
                assertThat(map(accepted.interchange(), mine.message(), mine.unhOrdinal(), mine.reference()))
                        .as(file.getFileName() + " booking " + (i + 1))
                        .isEqualTo(accepted.bookings().get(i));
            }
            compared.add(file.getFileName().toString());
        }
        LOG.info("MEASURED streaming = DFDL on {}; not accepted by IftmbcReader (skipped): {}", compared, notAccepted);
        assertThat(compared).hasSizeGreaterThanOrEqualTo(6);
    }

    /** What the current reader would return for the interchange, or {@code null} when it rejects it. */
    private static Accepted acceptedByCurrentReader(byte[] raw) {
        try {
            DecodedInterchange interchange = InterchangeDecoder.decode(raw);
            EnvelopeReport envelope = new EnvelopeValidator(IFTMBC_ONLY).validate(interchange);
            envelope.throwIfProblems();
            Document infoset = dfdl.parse(interchange);
            List<Element> messages = Dom.descendants(infoset.getDocumentElement(), "Message");
            List<BookingConfirmation> bookings = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                EnvelopeReport.MessageEnvelope message = envelope.messages().get(i);
                if (Dom.child(messages.get(i), "IFTMBC").isEmpty()) {
                    return null; // BadMessage: IftmbcReader rejects the interchange
                }
                bookings.add(map(interchange, messages.get(i), message.unhOrdinal(), message.reference()));
            }
            return new Accepted(interchange, messages, bookings);
        } catch (RuntimeException rejected) {
            LOG.info("IftmbcReader path rejects it: {}", rejected.getMessage());
            return null;
        }
    }

    private static BookingConfirmation map(DecodedInterchange interchange, Element message, int unhOrdinal, String ref) {
        Element iftmbc = Dom.child(message, "IFTMBC").orElseThrow();
        return new IftmbcMapper().map(iftmbc, new MessageSegments(interchange, message, unhOrdinal, ref),
                interchange.delimiters().decimal());
    }

    private static List<Path> goldenIftmbcFiles() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(StreamingEquivalenceTest.class.getResource("/edi").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches("iftmbc-.*\\.edi")).sorted().toList();
        }
    }

    private record Accepted(DecodedInterchange interchange, List<Element> messages, List<BookingConfirmation> bookings) {
    }
}

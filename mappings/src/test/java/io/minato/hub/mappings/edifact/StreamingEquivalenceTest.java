package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.edifact.stream.CanonicalDom;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.StreamedMessage;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The streaming reader against the DFDL parser on every IFTMBC golden file the current
 * {@link IftmbcReader} accepts: same per-message infoset, same {@link BookingConfirmation} from
 * {@link IftmbcMapper}. One class, one DFDL compile (~60 s): acceptance is decided by the steps
 * of {@link IftmbcReader#read} run here on this class's own parser, so the shared reader's
 * schema is not compiled a second time.
 */
class StreamingEquivalenceTest {

    private static final Logger LOG = LoggerFactory.getLogger(StreamingEquivalenceTest.class);
    private static SmooksEdifactParser dfdl;
    private final EdifactStreamReader streaming = new EdifactStreamReader();

    @BeforeAll
    static void compileDfdl() {
        dfdl = new SmooksEdifactParser("smooks/iftmbc/iftmbc-d99b.xml");
    }

    @AfterAll
    static void close() {
        dfdl.close();
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
            EnvelopeReport envelope = new EnvelopeValidator(MessageProfile.IFTMBC_D99B).validate(interchange);
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

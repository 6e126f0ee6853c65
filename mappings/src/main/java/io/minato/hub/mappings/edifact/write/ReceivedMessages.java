package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the messages (UNH reference, S009, ordinal) of a received interchange for a CONTRL, also
 * when the interchange was rejected and the reader handed back only an exception. StAEDI without
 * validation: a broken count or an unknown segment must not stop the scan.
 */
public final class ReceivedMessages {

    private ReceivedMessages() {
    }

    /**
     * The messages up to the first point StAEDI cannot tokenize (the rejection already names that
     * point, and what came before can still be reported); empty when there is no readable UNB.
     */
    public static List<ReceivedMessage> scan(byte[] raw) {
        Optional<String> charset = EnvelopeInspector.inspect(raw).map(InterchangeHeader::charsetName);
        List<ReceivedMessage> found = new ArrayList<>();
        if (charset.isEmpty()) {
            return found;
        }
        // StAEDI 1.26 cannot read ISO-2022-JP itself (its lexer overflows on the escape sequences);
        // like EnvelopeValidator, hand it the decoded text as UTF-8. Lenient decoding is enough to
        // find UNH segments; strict decoding errors are the reader's to report.
        String text = new String(raw, Charset.forName(charset.get()));
        byte[] utf8 = (text.startsWith("\uFEFF") ? text.substring(1) : text).getBytes(StandardCharsets.UTF_8);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        Scan scan = new Scan(found);
        try (EDIStreamReader reader = factory.createEDIStreamReader(
                new ByteArrayInputStream(utf8), StandardCharsets.UTF_8.name())) {
            while (reader.hasNext()) {
                scan.on(reader.next(), reader);
            }
        } catch (EDIStreamException e) {
            // deliberate stop, not a lost error: the reader's EdiSyntaxException reports this break
            // with its position; the messages before it are what CONTRL can still name
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("closing StAEDI reader over an in-memory interchange", e);
        }
        return List.copyOf(found);
    }

    /** State of one pass: the UNH being read. */
    private static final class Scan {
        private final List<ReceivedMessage> found;
        private int unbPosition;
        private int unhOrdinal;
        private String tag;
        private String reference;
        private final List<String> s009 = new ArrayList<>();

        Scan(List<ReceivedMessage> found) {
            this.found = found;
        }

        void on(EDIStreamEvent event, EDIStreamReader reader) {
            if (event == EDIStreamEvent.START_SEGMENT) {
                tag = reader.getLocation().getSegmentTag();
                int position = reader.getLocation().getSegmentPosition();
                if ("UNB".equals(tag)) {
                    // StAEDI counts UNA as a segment; EdiPosition ordinals start at UNB = 1
                    unbPosition = position;
                } else if ("UNH".equals(tag)) {
                    unhOrdinal = position - unbPosition + 1;
                    reference = null;
                    s009.clear();
                }
            } else if (event == EDIStreamEvent.ELEMENT_DATA && "UNH".equals(tag)) {
                if (reader.getLocation().getElementPosition() == 1) {
                    reference = reader.getText();
                } else if (reader.getLocation().getElementPosition() == 2) {
                    s009.add(reader.getText());
                }
            } else if (event == EDIStreamEvent.END_SEGMENT && "UNH".equals(tag) && reference != null && s009.size() >= 4) {
                found.add(new ReceivedMessage(reference, MessageIdentifier.of(s009), unhOrdinal));
            }
        }
    }
}

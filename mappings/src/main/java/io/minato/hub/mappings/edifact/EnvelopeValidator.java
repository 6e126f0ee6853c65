package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.edifact.EnvelopeReport.MessageEnvelope;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException.Problem;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Envelope and control-structure validation with StAEDI: UNB/UNZ, UNG/UNE, UNH/UNT counts and
 * references, service-segment element errors, plus our own rules StAEDI cannot know without a
 * message schema: the message type and directory must be supported and every segment tag must
 * exist in that message's directory.
 * Collects every problem instead of stopping at the first, so a partner hears everything at once.
 */
final class EnvelopeValidator {

    private static final Set<String> SUPPORTED_SYNTAX_VERSIONS = Set.of("1", "2", "3", "4");

    private final MessageRules profiles;

    EnvelopeValidator(MessageRules profiles) {
        this.profiles = profiles;
    }

    EnvelopeReport validate(DecodedInterchange interchange) {
        Walk walk = new Walk(interchange, SegmentScanner.startsWith(interchange.text(), 0, "UNA") ? 1 : 0);
        EDIInputFactory factory = EDIInputFactory.newFactory();
        // LF/CRLF after segments is what real partners send; it is not a syntax problem
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        byte[] utf8 = interchange.text().getBytes(StandardCharsets.UTF_8);
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(utf8), "UTF-8")) {
            while (reader.hasNext()) {
                walk.on(reader.next(), reader);
            }
        } catch (EDIStreamException e) {
            walk.fail(e);
        } catch (IOException e) {
            throw new UncheckedIOException("closing StAEDI reader over an in-memory interchange", e);
        }
        walk.checkSyntaxVersion();
        return new EnvelopeReport(walk.messages, walk.problems);
    }

    /** State of one pass over the StAEDI events. */
    private final class Walk {
        private final DecodedInterchange interchange;
        private final int unaShift;
        private final List<MessageEnvelope> messages = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private int ordinal;
        private String tag;
        private String messageRef;
        private int unhOrdinal;
        private final List<String> s009 = new ArrayList<>();
        private Set<String> allowedTags;

        Walk(DecodedInterchange interchange, int unaShift) {
            this.interchange = interchange;
            this.unaShift = unaShift;
        }

        void on(EDIStreamEvent event, EDIStreamReader reader) {
            Location location = reader.getLocation();
            switch (event) {
                case START_SEGMENT -> startSegment(location);
                case ELEMENT_DATA -> elementData(location, reader.getText());
                case END_SEGMENT -> endSegment();
                case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR ->
                        error(reader.getErrorType(), location, reader.hasText() ? reader.getText() : null);
                default -> {
                    // interchange/group/transaction boundaries carry nothing we check beyond the above
                }
            }
        }

        private void startSegment(Location location) {
            ordinal = location.getSegmentPosition() - unaShift;
            tag = location.getSegmentTag();
            if ("UNH".equals(tag)) {
                messageRef = null;
                unhOrdinal = ordinal;
                s009.clear();
            } else if (unhOrdinal > 0 && allowedTags != null && !"UNT".equals(tag) && !allowedTags.contains(tag)) {
                problems.add(new Problem(at(ordinal), "segment " + tag + " is not defined in "
                        + MessageProfiles.typeOf(s009)));
            }
        }

        private void elementData(Location location, String text) {
            if ("UNH".equals(tag) && location.getElementPosition() == 1) {
                messageRef = text;
            } else if ("UNH".equals(tag) && location.getElementPosition() == 2) {
                s009.add(text);
            }
        }

        private void endSegment() {
            if ("UNH".equals(tag)) {
                String type = MessageProfiles.typeOf(s009);
                messages.add(new MessageEnvelope(messageRef, type, unhOrdinal));
                Optional<String> unsupported = profiles.unsupported(s009);
                unsupported.ifPresent(reason -> problems.add(new Problem(at(unhOrdinal).withElement(2, 0), reason)));
                // looked up once per message, not per segment; an unsupported type was reported just now
                allowedTags = unsupported.isPresent() ? null : profiles.segmentTags(s009);
            } else if ("UNT".equals(tag)) {
                unhOrdinal = 0;
            }
        }

        private void error(EDIStreamValidationError type, Location location, String value) {
            int element = Math.max(location.getElementPosition(), 0);
            int component = Math.max(location.getComponentPosition(), 0);
            if (type == EDIStreamValidationError.INVALID_CODE_VALUE && "UNB".equals(tag) && element == 1
                    && component == 1 && interchange.header().charsetName() != null) {
                // StAEDI knows UNOW/UNOY only under syntax 4; partners send UNOY:3 and we know its charset
                return;
            }
            if (type == EDIStreamValidationError.INVALID_CODE_VALUE && "UNH".equals(tag) && element == 2) {
                // StAEDI's lists of message types/releases are dated; the profile check names the type instead
                return;
            }
            problems.add(new Problem(at(ordinal).withElement(element, component), reason(type, value)));
        }

        private String reason(EDIStreamValidationError type, String value) {
            return switch (type) {
                case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "UNT".equals(tag)
                        ? "segment count " + value + " does not match the " + (ordinal - unhOrdinal + 1)
                          + " segments UNH…UNT of message " + messageRef
                        : "control count " + value + " does not match the " + messages.size() + " message(s) sent";
                case CONTROL_REFERENCE_MISMATCH -> "reference " + value + " does not match the "
                        + ("UNT".equals(tag) ? "UNH reference " + messageRef
                        : "UNB reference " + interchange.header().controlReference());
                default -> type.name().toLowerCase().replace('_', ' ') + (value == null ? "" : " (value '" + value + "')");
            };
        }

        void fail(EDIStreamException e) {
            Location location = e.getLocation();
            int where = location != null && location.getSegmentPosition() > 0
                    ? location.getSegmentPosition() - unaShift : Math.max(ordinal, 1);
            problems.add(new Problem(at(where), "not a well-formed interchange: " + e.getMessage()));
        }

        /**
         * Syntax versions 1–4: many D.95B partners still write UNOA:1 or UNOA:2, whose UNB, UNH and
         * UNT have the same elements as version 3 (what changed is the character repertoires and
         * service codes, which the syntax identifier already names). The streaming reader reads
         * them with the version 4 service segments, as it does version 3.
         */
        void checkSyntaxVersion() {
            String version = interchange.header().syntaxVersion();
            if (version == null || !SUPPORTED_SYNTAX_VERSIONS.contains(version)) {
                problems.add(0, new Problem(at(1).withElement(1, 2), version == null
                        ? "UNB has no syntax version number (0002)"
                        : "syntax version " + version + " is not supported (supported: 1, 2, 3, 4)"));
            }
        }

        private EdiPosition at(int segmentOrdinal) {
            EdiPosition position = interchange.position(segmentOrdinal);
            return unhOrdinal > 0 ? position.withReferences(position.interchangeRef(), messageRef) : position;
        }
    }
}

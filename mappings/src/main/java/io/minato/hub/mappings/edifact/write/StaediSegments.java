package io.minato.hub.mappings.edifact.write;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.SchemaFactory;
import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants.Standards;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The one place that talks to StAEDI's {@link EDIStreamWriter}: it escapes delimiters with the
 * release character and encodes in the envelope's charset. The writer validates the service
 * segments against StAEDI's EDIFACT control schema for the syntax version as they are written, so a
 * value the envelope rules reject (an unknown identification qualifier, a missing mandatory element) fails
 * here, at its segment, instead of at the partner.
 */
final class StaediSegments {

    private final EDIStreamWriter writer;
    private final CharsetEncoder encoder;
    private final List<String> errors = new ArrayList<>();

    StaediSegments(OutputStream out, OutboundEnvelope envelope) {
        this(out, envelope.charset(), envelope.syntaxIdentifier(), envelope.syntaxVersion());
    }

    /** For a writer that copies a UNB rather than building one from an {@link OutboundEnvelope}. */
    StaediSegments(OutputStream out, Charset charset, String syntaxIdentifier, int syntaxVersion) {
        this.encoder = charset.newEncoder();
        EDIOutputFactory factory = EDIOutputFactory.newFactory();
        // ISO 9735: no separators for trailing empty elements/components (else code 45)
        factory.setProperty(EDIOutputFactory.TRUNCATE_EMPTY_ELEMENTS, true);
        factory.setErrorReporter((error, source, location, data, type) -> report(error, location, data));
        try {
            writer = factory.createEDIStreamWriter(out, charset.name());
            writer.setControlSchema(SchemaFactory.newFactory().getControlSchema(Standards.EDIFACT,
                    new String[] {syntaxIdentifier, String.valueOf(syntaxVersion)}));
            writer.startInterchange();
        } catch (EDIStreamException | EDISchemaException e) {
            throw new InterchangeWriteException("cannot start a StAEDI writer for " + syntaxIdentifier
                    + ":" + syntaxVersion, e);
        }
    }

    /**
     * UNA with the ISO 9735 default service characters, written always so no partner has to guess:
     * {@code UNA:+.? '} under syntax 3; under syntax 4 StAEDI puts that version's default
     * repetition separator in position 7 ({@code UNA:+.?*'}), which is what v4 readers expect.
     */
    void serviceStringAdvice() {
        run("UNA", () -> {
            writer.writeStartSegment("UNA");
            writer.writeEndSegment();
        });
    }

    void segment(String tag, List<DataElement> elements) {
        requireEncodable(tag, elements);
        run(tag, () -> {
            writer.writeStartSegment(tag);
            for (DataElement element : elements) {
                write(element);
            }
            writer.writeEndSegment();
        });
        if (!errors.isEmpty()) {
            String found = String.join("; ", errors);
            errors.clear();
            throw new InterchangeWriteException("segment " + tag + " breaks the EDIFACT envelope rules: " + found);
        }
    }

    /** Ends the interchange and flushes the encoder; the target stream stays open (the caller owns it). */
    void finish() {
        run("UNZ", () -> {
            writer.endInterchange();
            writer.close();
        });
    }

    private void write(DataElement element) throws EDIStreamException {
        if (element instanceof DataElement.Repeated repeated) {
            writer.writeStartElement();
            for (int i = 0; i < repeated.repetitions().size(); i++) {
                if (i > 0) {
                    writer.writeRepeatElement();
                }
                writeContent(repeated.repetitions().get(i));
            }
            writer.endElement();
        } else if (element instanceof DataElement.Composite) {
            writer.writeStartElement();
            writeContent(element);
            writer.endElement();
        } else {
            writer.writeElement(nonNull(((DataElement.Simple) element).value()));
        }
    }

    /** The inside of an element already started: its components, or its value. */
    private void writeContent(DataElement element) throws EDIStreamException {
        if (element instanceof DataElement.Composite composite) {
            for (String component : composite.components()) {
                writer.writeComponent(nonNull(component));
            }
        } else {
            writer.writeElementData(nonNull(((DataElement.Simple) element).value()));
        }
    }

    /**
     * The encoder under StAEDI replaces what the charset cannot hold with {@code ?}, which is also
     * the release character: the partner would read garbage. Refuse such values, naming where.
     */
    private void requireEncodable(String tag, List<DataElement> elements) {
        for (int i = 0; i < elements.size(); i++) {
            DataElement element = elements.get(i);
            List<DataElement> repetitions = element instanceof DataElement.Repeated repeated
                    ? repeated.repetitions() : List.of(element);
            for (DataElement repetition : repetitions) {
                requireEncodable(tag, i + 1, repetition);
            }
        }
    }

    private void requireEncodable(String tag, int position, DataElement element) {
        boolean composite = element instanceof DataElement.Composite;
        List<String> values = composite ? ((DataElement.Composite) element).components()
                : Collections.singletonList(((DataElement.Simple) element).value());
        for (int j = 0; j < values.size(); j++) {
            String value = values.get(j);
            if (value != null && !encoder.canEncode(value)) {
                throw new InterchangeWriteException("segment " + tag + " element " + position
                        + (composite ? " component " + (j + 1) : "") + ": '" + value + "' has characters "
                        + encoder.charset().name() + " cannot hold");
            }
        }
    }

    private void report(EDIStreamValidationError error, Location location, CharSequence data) {
        String tag = location.getSegmentTag();
        int element = location.getElementPosition();
        if (error == EDIStreamValidationError.INVALID_CODE_VALUE
                && ("UNB".equals(tag) && element == 1 || "UNH".equals(tag) && element == 2)) {
            // StAEDI's code lists are dated: its syntax 3 list stops at UNOF (partners send UNOY:3),
            // its syntax 4 list of message releases at 02A; the envelope already vetted the identifier
            return;
        }
        errors.add(tag + " element " + element
                + (location.getComponentPosition() > 0 ? " component " + location.getComponentPosition() : "")
                + ": " + error.name().toLowerCase().replace('_', ' ') + (data == null ? "" : " (value '" + data + "')"));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private interface Step {
        void run() throws EDIStreamException;
    }

    private static void run(String tag, Step step) {
        try {
            step.run();
        } catch (EDIStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException("writing segment " + tag, io);
            }
            throw new InterchangeWriteException("cannot write segment " + tag + ": " + e.getMessage(), e);
        }
    }
}

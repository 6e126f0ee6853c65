package io.minato.hub.mappings.edifact.write;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An interchange read back with StAEDI, control-structure validation on (its default): every
 * segment with its element values (release characters removed) and every validation error.
 */
public record ReadBack(List<Segment> segments, List<String> errors) {

    /** A segment read back; {@code elements.get(i)} holds the components of element i + 1. */
    public record Segment(String tag, List<List<String>> elements) {

        /** Element (1-based after the tag), component (1-based); null when absent. */
        public String value(int element, int component) {
            if (element > elements.size() || component > elements.get(element - 1).size()) {
                return null;
            }
            String value = elements.get(element - 1).get(component - 1);
            return value == null || value.isEmpty() ? null : value;
        }
    }

    /** Decodes with {@code charset} first and lets StAEDI read UTF-8: for charsets StAEDI cannot read. */
    public static ReadBack readDecoded(byte[] bytes, Charset charset) {
        return read(new String(bytes, charset).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    public static ReadBack read(byte[] bytes, Charset charset) {
        List<Segment> segments = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = new ByteArrayInputStream(bytes);
             EDIStreamReader reader = factory.createEDIStreamReader(in, charset.name())) {
            Segment current = null;
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                Location location = reader.getLocation();
                switch (event) {
                    case START_SEGMENT -> current = new Segment(location.getSegmentTag(), new ArrayList<>());
                    case ELEMENT_DATA -> put(current, location, reader.getText());
                    case END_SEGMENT -> segments.add(current);
                    case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> errors.add(location.getSegmentTag()
                            + " element " + location.getElementPosition() + ": " + reader.getErrorType()
                            + (reader.hasText() ? " '" + reader.getText() + "'" : ""));
                    default -> {
                        // interchange/transaction boundaries: counted by the assertions on segments
                    }
                }
            }
        } catch (EDIStreamException e) {
            throw new AssertionError("StAEDI cannot read the written interchange", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadBack(segments, errors);
    }

    private static void put(Segment segment, Location location, String text) {
        int element = location.getElementPosition();
        while (segment.elements().size() < element) {
            segment.elements().add(new ArrayList<>());
        }
        List<String> components = segment.elements().get(element - 1);
        int component = Math.max(location.getComponentPosition(), 1);
        while (components.size() < component) {
            components.add(null);
        }
        components.set(component - 1, text);
    }

    public List<Segment> withTag(String tag) {
        return segments.stream().filter(s -> s.tag().equals(tag)).toList();
    }

    public Segment first(String tag) {
        return withTag(tag).stream().findFirst().orElseThrow(() -> new AssertionError("no " + tag + " in " + segments));
    }
}

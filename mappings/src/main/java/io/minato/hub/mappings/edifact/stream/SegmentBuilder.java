package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Builds one segment's DOM exactly as the DFDL parse (Smooks EDIFACT cartridge, validation off)
 * shapes it. Rules measured against Daffodil's output: an empty optional simple element is left
 * out, an empty required one is kept empty ({@code <E3039/>}); a composite appears when at least one
 * component does; of a repeating component ({@code E3042} ×4) the empty optional occurrences are
 * left out and a required one only when nothing follows it (the composite then fails and is left
 * out); numbers ({@code n..} types) are written canonically ({@code 0012.50} → {@code 12.5}); more
 * elements or components than the directory defines is an error.
 */
final class SegmentBuilder {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final Document document;
    private final Syntax syntax;

    SegmentBuilder(Document document, Syntax syntax) {
        this.document = document;
        this.syntax = syntax;
    }

    Element build(SegmentDef definition, RawSegment segment, EdiPosition at) {
        List<String> positions = Splitter.split(segment.text(), syntax.element(), syntax);
        Element result = document.createElementNS(null, definition.tag());
        int next = 1;
        for (ElementDef element : definition.elements()) {
            if (next >= positions.size()) {
                if (element.minOccurs() > 0) {
                    throw new EdiSyntaxException(at.withElement(next, 0), "mandatory " + element.name() + " is missing");
                }
                break;
            }
            if (element.repeatSeparated()) {
                next = repetitions(element, positions, next, result, at);
            } else {
                Element value = value(element, positions.get(next), at.withElement(next, 0));
                if (value != null) {
                    result.appendChild(value);
                }
                next++;
            }
        }
        if (next < positions.size()) {
            throw new EdiSyntaxException(at.withElement(next, 0), "segment has " + (positions.size() - 1)
                    + " data elements where " + definition.tag() + " defines " + (next - 1));
        }
        return result;
    }

    /** A part-repeat element: its repetitions, then the position after them. */
    private int repetitions(ElementDef element, List<String> positions, int next, Element segment, EdiPosition at) {
        boolean sharesSeparator = syntax.repetition() == syntax.element();
        List<String> repeats = sharesSeparator
                ? positions.subList(next, Math.min(positions.size(), next + element.maxOccurs()))
                : Splitter.split(positions.get(next), syntax.repetition(), syntax);
        if (repeats.size() > element.maxOccurs()) {
            throw new EdiSyntaxException(at.withElement(next, 0), element.name() + " repeats " + repeats.size()
                    + " times, at most " + element.maxOccurs() + " allowed");
        }
        int last = Splitter.lastNonEmpty(repeats);
        for (int i = 0; i <= last; i++) {
            EdiPosition where = at.withElement(sharesSeparator ? next + i : next, 0);
            if (repeats.get(i).isEmpty()) {
                // nillable with nil value %ES; in the schema: an empty repetition between others is nil
                Element nil = document.createElementNS(null, element.name());
                nil.setAttributeNS(XSI, "xsi:nil", "true");
                segment.appendChild(nil);
            } else {
                Element value = value(element, repeats.get(i), where);
                if (value != null) {
                    segment.appendChild(value);
                }
            }
        }
        return sharesSeparator ? next + repeats.size() : next + 1;
    }

    private Element value(ElementDef element, String raw, EdiPosition at) {
        if (!element.composite()) {
            return raw.isEmpty() && element.minOccurs() == 0 ? null : simple(element, raw, at);
        }
        Element composite = composite(element, raw, at);
        if (composite == null && element.minOccurs() > 0 && !raw.isEmpty()) {
            throw new EdiSyntaxException(at, "mandatory " + element.name() + " lacks a mandatory component");
        }
        return composite;
    }

    /** The composite, or {@code null} when none of its components is there (or a mandatory one is not). */
    private Element composite(ElementDef composite, String raw, EdiPosition at) {
        List<String> values = Splitter.split(raw, syntax.component(), syntax);
        int capacity = 0;
        for (ElementDef component : composite.components()) {
            capacity += component.maxOccurs();
        }
        if (values.size() > capacity) {
            throw new EdiSyntaxException(at.withElement(at.element(), capacity + 1), composite.name() + " has "
                    + values.size() + " components where the directory defines " + capacity);
        }
        int last = Splitter.lastNonEmpty(values);
        Element result = document.createElementNS(null, composite.name());
        int next = 0;
        for (ElementDef component : composite.components()) {
            int kept = 0;
            for (int occurrence = 0; occurrence < component.maxOccurs() && next < values.size(); occurrence++, next++) {
                String value = values.get(next);
                boolean keep = !value.isEmpty() || (occurrence < component.minOccurs()
                        && (component.maxOccurs() == 1 || next < last));
                if (keep) {
                    result.appendChild(simple(component, value, at.withElement(at.element(), next + 1)));
                    kept++;
                }
            }
            if (kept < component.minOccurs()) {
                return null;
            }
        }
        return result.hasChildNodes() ? result : null;
    }

    private Element simple(ElementDef element, String raw, EdiPosition at) {
        String value = Splitter.unescape(raw, syntax);
        Element result = document.createElementNS(null, element.name());
        if (!value.isEmpty()) {
            result.setTextContent(element.numeric() ? canonicalNumber(value, element, at) : value);
        }
        return result;
    }

    /** Daffodil writes xsd:decimal values canonically; ISO 9735 allows either decimal mark. */
    private String canonicalNumber(String value, ElementDef element, EdiPosition at) {
        String normalized = value.replace(syntax.decimal(), '.').replace(',', '.');
        if (!NUMBER.matcher(normalized).matches()) {
            throw new EdiSyntaxException(at, "'" + value + "' in " + element.name() + " is not a number");
        }
        return new BigDecimal(normalized).stripTrailingZeros().toPlainString();
    }
}

package io.minato.hub.mappings.edifact.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the segment, composite and simple type definitions of one DFDL schema file (a
 * directory's {@code EDIFACT-Segments.dfdl.xsd}, or the service segments) into {@link SegmentDef}s.
 */
final class TypeResolver {

    private final String resource;
    private final Map<String, XsdNode> types;
    private final Map<String, SegmentDef> segments = new ConcurrentHashMap<>();

    TypeResolver(String resource, Map<String, XsdNode> types) {
        this.resource = resource;
        this.types = types;
    }

    /** The segment whose complex type is {@code typeName} (e.g. {@code RFF-Reference}), tagged {@code tag}. */
    SegmentDef segment(String tag, String typeName) {
        return segments.computeIfAbsent(typeName, name -> new SegmentDef(tag, segmentElements(name)));
    }

    private List<ElementDef> segmentElements(String typeName) {
        List<ElementDef> elements = new ArrayList<>();
        for (XsdNode child : sequence(type(typeName)).children()) {
            if (child.name().equals("element")) {
                elements.add(element(child, false));
            } else if (child.name().equals("sequence")) {
                // DFDL "part repeat" sequence: repetitions of one element, split by the repetition separator
                for (XsdNode repeated : child.children()) {
                    elements.add(element(repeated, true));
                }
            }
        }
        return elements;
    }

    private ElementDef element(XsdNode node, boolean repeatSeparated) {
        String name = node.attribute("name");
        int min = node.attributes().containsKey("minOccurs") ? node.occurs("minOccurs") : 1;
        int max = node.occurs("maxOccurs");
        XsdNode type = type(XsdNode.local(node.attribute("type")));
        if (type.name().equals("complexType")) {
            List<ElementDef> components = new ArrayList<>();
            for (XsdNode component : sequence(type).children()) {
                if (component.name().equals("element")) {
                    components.add(element(component, false));
                }
            }
            return new ElementDef(name, min, max, repeatSeparated, components, false, 0, 0);
        }
        return simple(name, min, max, repeatSeparated, type);
    }

    /** Follows restriction bases down to xsd:string or xsd:decimal, keeping the nearest maxLength/totalDigits. */
    private ElementDef simple(String name, int min, int max, boolean repeatSeparated, XsdNode simpleType) {
        int maxLength = 0;
        String pattern = null;
        XsdNode current = simpleType;
        for (int guard = 0; guard < 32; guard++) {
            if (pattern == null) {
                pattern = current.attribute("dfdl:textNumberPattern");
            }
            XsdNode restriction = child(current, "restriction");
            if (restriction == null) {
                break;
            }
            for (XsdNode facet : restriction.children()) {
                if (maxLength == 0 && (facet.name().equals("maxLength") || facet.name().equals("totalDigits"))) {
                    maxLength = Integer.parseInt(facet.attribute("value"));
                }
            }
            String base = restriction.attribute("base");
            if (base.startsWith("xsd:") || base.startsWith("xs:")) {
                boolean numeric = !XsdNode.local(base).equals("string");
                return new ElementDef(name, min, max, repeatSeparated, List.of(), numeric, maxLength, zeros(pattern));
            }
            current = type(XsdNode.local(base));
        }
        throw new IllegalStateException("simple type of " + name + " in " + resource + " does not reduce to xsd:string or xsd:decimal");
    }

    /** Zeros before the decimal point of a DFDL number pattern: digits always written. */
    private static int zeros(String pattern) {
        if (pattern == null) {
            return 0;
        }
        int point = pattern.indexOf('.');
        String integer = point < 0 ? pattern : pattern.substring(0, point);
        return (int) integer.chars().filter(c -> c == '0').count();
    }

    private XsdNode type(String name) {
        XsdNode type = types.get(name);
        if (type == null) {
            throw new IllegalStateException("type " + name + " is not defined in " + resource);
        }
        return type;
    }

    private static XsdNode sequence(XsdNode complexType) {
        XsdNode sequence = child(complexType, "sequence");
        if (sequence == null) {
            throw new IllegalStateException("complex type " + complexType.attribute("name") + " has no sequence");
        }
        return sequence;
    }

    private static XsdNode child(XsdNode parent, String name) {
        for (XsdNode child : parent.children()) {
            if (child.name().equals(name)) {
                return child;
            }
        }
        return null;
    }
}

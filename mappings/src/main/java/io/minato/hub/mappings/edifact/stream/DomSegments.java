package io.minato.hub.mappings.edifact.stream;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The inverse of {@link SegmentBuilder}: a segment's DOM back to values by position. The DOM
 * leaves out empty optional elements and components, so each one is placed by walking the
 * segment's definition and taking the next DOM child when its name is the one defined there.
 * Where the DOM itself has lost a position, the result is the DOM's reading, not the input's: an
 * empty occurrence between two filled ones of a repeating component ({@code E3036} ×5 in
 * {@code C080}) is not in the DOM, so {@code A::C} comes back as {@code A:C}.
 */
final class DomSegments {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private DomSegments() {
    }

    /**
     * @param repetitionSeparator whether the interchange written separates repetitions with a
     *                            character of their own (syntax 4); under syntax 3 UNA reserves that
     *                            position and the reader takes a part-repeat element's
     *                            {@code maxOccurs} element positions as its repetitions, so they are
     *                            laid out that way
     */
    static SegmentValues values(SegmentDef definition, Element segment, boolean repetitionSeparator) {
        List<SegmentValues.Value> positions = new ArrayList<>();
        Element child = firstElement(segment);
        for (ElementDef element : definition.elements()) {
            if (element.repeatSeparated()) {
                List<List<String>> repeats = new ArrayList<>();
                for (; isNamed(child, element); child = nextElement(child)) {
                    repeats.add("true".equals(child.getAttributeNS(XSI, "nil")) ? List.of() : components(element, child));
                }
                if (repetitionSeparator) {
                    positions.add(new SegmentValues.Value(repeats));
                } else {
                    for (int i = 0; i < element.maxOccurs(); i++) {
                        positions.add(i < repeats.size() ? single(repeats.get(i)) : SegmentValues.Value.EMPTY);
                    }
                }
            } else if (isNamed(child, element)) {
                positions.add(single(components(element, child)));
                child = nextElement(child);
            } else {
                positions.add(SegmentValues.Value.EMPTY);
            }
        }
        if (child != null) {
            throw new IllegalStateException("segment " + definition.tag() + " holds " + child.getLocalName()
                    + " where its definition has no place for it");
        }
        while (!positions.isEmpty() && positions.get(positions.size() - 1).isEmpty()) {
            positions.remove(positions.size() - 1);
        }
        return new SegmentValues(definition.tag(), positions);
    }

    private static SegmentValues.Value single(List<String> components) {
        return components.isEmpty() ? SegmentValues.Value.EMPTY : new SegmentValues.Value(List.of(components));
    }

    /** A simple element is its one component; trailing empty components are left out. */
    private static List<String> components(ElementDef element, Element node) {
        List<String> values = new ArrayList<>();
        if (!element.composite()) {
            values.add(text(element, node));
        } else {
            Element child = firstElement(node);
            for (ElementDef component : element.components()) {
                for (int occurrence = 0; occurrence < component.maxOccurs(); occurrence++) {
                    if (isNamed(child, component)) {
                        values.add(text(component, child));
                        child = nextElement(child);
                    } else {
                        values.add("");
                    }
                }
            }
            if (child != null) {
                throw new IllegalStateException("composite " + element.name() + " holds " + child.getLocalName()
                        + " where its definition has no place for it");
            }
        }
        while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
            values.remove(values.size() - 1);
        }
        return values;
    }

    private static String text(ElementDef element, Element node) {
        String value = node.getTextContent();
        if (element.minDigits() == 0 || value.isEmpty()) {
            return value;
        }
        // the reader wrote the number canonically (0830 → 830); its pattern wants the zeros back
        BigDecimal number = new BigDecimal(value);
        String digits = number.abs().toPlainString();
        int integerDigits = digits.indexOf('.') < 0 ? digits.length() : digits.indexOf('.');
        String padded = "0".repeat(Math.max(0, element.minDigits() - integerDigits)) + digits;
        return number.signum() < 0 ? "-" + padded : padded;
    }

    private static boolean isNamed(Element node, ElementDef element) {
        return node != null && element.name().equals(node.getLocalName());
    }

    private static Element firstElement(Node parent) {
        Node node = parent.getFirstChild();
        while (node != null && !(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static Element nextElement(Node node) {
        Node next = node.getNextSibling();
        while (next != null && !(next instanceof Element)) {
            next = next.getNextSibling();
        }
        return (Element) next;
    }
}

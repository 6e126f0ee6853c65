package io.minato.hub.mappings.edifact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small navigation over the DFDL infoset Smooks produces, by local name and child paths such as
 * {@code "C506/E1154"}. Empty elements (an EDIFACT element sent empty) read as absent.
 */
public final class Dom {

    private Dom() {
    }

    public static String name(Node node) {
        String local = node.getLocalName();
        String name = local != null ? local : node.getNodeName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    public static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(name(element))) {
                children.add(element);
            }
        }
        return children;
    }

    public static Optional<Element> child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(name(element))) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** Text at a child path, trimmed; absent when any step is missing or the value is blank. */
    public static Optional<String> text(Element parent, String path) {
        Element current = parent;
        for (String step : path.split("/")) {
            Optional<Element> next = child(current, step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        String value = current.getTextContent().strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** Texts of every repetition of the last step (e.g. the five E3036 of C080), blanks dropped. */
    public static List<String> texts(Element parent, String path) {
        int slash = path.lastIndexOf('/');
        Optional<Element> holder = Optional.of(parent);
        if (slash >= 0) {
            for (String step : path.substring(0, slash).split("/")) {
                holder = holder.flatMap(current -> child(current, step));
            }
        }
        List<String> texts = new ArrayList<>();
        for (Element leaf : holder.map(h -> children(h, path.substring(slash + 1))).orElse(List.of())) {
            String value = leaf.getTextContent().strip();
            if (!value.isEmpty()) {
                texts.add(value);
            }
        }
        return texts;
    }

    /** Every element named {@code name} below {@code root}, in document order. */
    public static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        collect(root, name, found);
        return found;
    }

    private static void collect(Element element, String name, List<Element> found) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                if (name.equals(name(childElement))) {
                    found.add(childElement);
                }
                collect(childElement, name, found);
            }
        }
    }
}

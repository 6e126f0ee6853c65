package io.minato.hub.mappings.edifact.stream;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A DOM as indented text of local names and texts, whitespace-only text ignored: what "same
 * infoset" means when comparing the streaming reader with the DFDL parser (prefixes, attributes
 * and formatting are not part of it).
 */
public final class CanonicalDom {

    private CanonicalDom() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, "", text);
        return text.toString();
    }

    /** The {@code Message} elements of a serialized DFDL infoset on the classpath. */
    static List<Element> dfdlMessages(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = CanonicalDom.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            Document document = factory.newDocumentBuilder().parse(in);
            List<Element> messages = new ArrayList<>();
            for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && "Message".equals(element.getLocalName())) {
                    messages.add(element);
                }
            }
            return messages;
        }
    }

    private static void append(Node node, String indent, StringBuilder out) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        StringBuilder value = new StringBuilder();
        List<Node> elements = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                value.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                elements.add(child);
            }
        }
        out.append(indent).append(name);
        if (!value.toString().isBlank()) {
            out.append(" = ").append(value);
        }
        out.append('\n');
        for (Node element : elements) {
            append(element, indent + "  ", out);
        }
    }
}

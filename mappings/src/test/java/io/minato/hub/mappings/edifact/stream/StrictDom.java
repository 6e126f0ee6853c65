package io.minato.hub.mappings.edifact.stream;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A DOM as indented text of everything Smooks' visitors can see: each node's qualified name,
 * namespace URI and local name (null for the DOM level 1 elements Smooks creates for unqualified
 * names), attributes with their namespaces, and every text node, empty ones included. Stricter
 * than {@link CanonicalDom}: "the same infoset" down to prefixes and node structure.
 */
public final class StrictDom {

    private StrictDom() {
    }

    public static String of(Node node) {
        StringBuilder text = new StringBuilder();
        append(node, "", text);
        return text.toString();
    }

    private static void append(Node node, String indent, StringBuilder out) {
        if (node instanceof Element element) {
            out.append(indent).append('<').append(element.getNodeName()).append(" ns=").append(element.getNamespaceURI())
                    .append(" local=").append(element.getLocalName());
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                out.append(' ').append(attribute.getName()).append("{").append(attribute.getNamespaceURI()).append("}=\"")
                        .append(attribute.getValue()).append('"');
            }
            out.append(">\n");
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                append(child, indent + "  ", out);
            }
        } else if (node.getNodeType() == Node.DOCUMENT_NODE) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                append(child, indent, out);
            }
        } else {
            out.append(indent).append("#").append(node.getNodeType()).append(" \"").append(node.getNodeValue()).append("\"\n");
        }
    }
}

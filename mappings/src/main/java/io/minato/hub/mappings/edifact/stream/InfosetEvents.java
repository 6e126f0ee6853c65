package io.minato.hub.mappings.edifact.stream;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Writes the Smooks EDIFACT cartridge's interchange infoset as SAX events, call for call as its
 * {@code ContentHandlerInfosetOutputter} does: the root {@code Interchange} in the directory's
 * namespace declaring its prefix by an {@code xmlns:} attribute (no prefix-mapping events),
 * unqualified elements with an empty qName, every simple element's text even when empty, a nil
 * repetition as {@code xmlns:xsi} + {@code xsi:nil="true"} without text. Envelope and message
 * elements are replayed from the DOMs the streaming reader builds.
 */
final class InfosetEvents {

    private static final String[] UNA_CHILDREN = {"CompositeSeparator", "FieldSeparator", "DecimalSeparator",
            "EscapeCharacter", "RepeatSeparator", "SegmentTerminator"};
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final char[] EMPTY = new char[0];
    private static final AttributesImpl NONE = new AttributesImpl();

    private final ContentHandler out;
    private String rootNamespace;
    private String rootName;

    InfosetEvents(ContentHandler out) {
        this.out = out;
    }

    /** {@code <D99B:Interchange xmlns:D99B="…">}; unqualified when there is no message to take the namespace from. */
    void startInterchange(String namespace, String prefix) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        rootNamespace = namespace == null ? "" : namespace;
        rootName = prefix == null || prefix.isEmpty() ? "" : prefix + ":Interchange";
        if (!rootNamespace.isEmpty()) {
            attributes.addAttribute(XMLNS, prefix, "xmlns:" + prefix, "CDATA", rootNamespace);
        }
        out.startElement(rootNamespace, "Interchange", rootName, attributes);
    }

    void endInterchange() throws SAXException {
        out.endElement(rootNamespace, "Interchange", rootName);
    }

    /** {@code UNA} as DFDL reads it: each character as sent, a space included. */
    void una(String serviceCharacters) throws SAXException {
        start("UNA");
        for (int i = 0; i < UNA_CHILDREN.length; i++) {
            start(UNA_CHILDREN[i]);
            out.characters(serviceCharacters.toCharArray(), i, 1);
            end(UNA_CHILDREN[i]);
        }
        end("UNA");
    }

    /** An unqualified complex element such as {@code FunctionGroup} (UNG … UNE). */
    void start(String name) throws SAXException {
        out.startElement("", name, "", NONE);
    }

    void end(String name) throws SAXException {
        out.endElement("", name, "");
    }

    /** An element of a streamed DOM with everything below it. */
    void element(Element element) throws SAXException {
        String namespace = element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
        String local = element.getLocalName();
        String qualified = element.getPrefix() == null ? "" : element.getNodeName();
        boolean nil = "true".equals(element.getAttributeNS(XSI, "nil"));
        out.startElement(namespace, local, qualified, nil ? nilAttributes() : NONE);
        if (isSimple(local)) {
            String text = element.getTextContent();
            if (!nil) {
                out.characters(text.isEmpty() ? EMPTY : text.toCharArray(), 0, text.length());
            }
        } else {
            for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element nested) {
                    element(nested);
                }
            }
        }
        out.endElement(namespace, local, qualified);
    }

    /** Data elements ({@code E1004}, {@code E0020}) are DFDL simple elements; segments, composites and groups complex. */
    private static boolean isSimple(String name) {
        return name.length() == 5 && name.charAt(0) == 'E' && Character.isDigit(name.charAt(1));
    }

    private static AttributesImpl nilAttributes() {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(XMLNS, "xsi", "xmlns:xsi", "NMTOKEN", XSI);
        attributes.addAttribute(XSI, "nil", "xsi:nil", "NMTOKEN", "true");
        return attributes;
    }
}

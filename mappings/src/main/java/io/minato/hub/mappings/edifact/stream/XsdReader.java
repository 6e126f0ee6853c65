package io.minato.hub.mappings.edifact.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the top-level type definitions of a DFDL EDIFACT schema from the classpath with StAX,
 * keeping only the definitions asked for: one message type out of the 3.6 MB messages schema
 * costs a single pass and a few kilobytes of memory.
 */
final class XsdReader {

    private static final String DFDL_NS = "http://www.ogf.org/dfdl/dfdl-1.0/";
    /** Attributes the structure model reads; everything else (enumerations' docs, formats) is dropped. */
    private static final Set<String> KEPT = Set.of("name", "type", "ref", "minOccurs", "maxOccurs", "base", "value",
            "dfdl:ref", "dfdl:initiator", "dfdl:occursCountKind", "dfdl:textNumberPattern");
    private static final XMLInputFactory FACTORY = newFactory();

    /** The schema's target namespace and the wanted top-level definitions by name. */
    record Definitions(String targetNamespace, Map<String, XsdNode> byName) {
    }

    private XsdReader() {
    }

    /** Top-level {@code complexType}/{@code simpleType} definitions whose name passes {@code wanted}. */
    static Definitions read(String resource, Predicate<String> wanted) {
        try (InputStream in = XsdReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("EDIFACT schema " + resource
                        + " is not on the classpath: add org.smooks.cartridges.edi:edifact-schemas with its directory classifier");
            }
            XMLStreamReader reader = FACTORY.createXMLStreamReader(in);
            try {
                return definitions(reader, wanted);
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read EDIFACT schema " + resource, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("EDIFACT schema " + resource + " is not well-formed XML", e);
        }
    }

    private static Definitions definitions(XMLStreamReader reader, Predicate<String> wanted) throws XMLStreamException {
        String targetNamespace = null;
        Map<String, XsdNode> found = new HashMap<>();
        int depth = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1) {
                    targetNamespace = reader.getAttributeValue(null, "targetNamespace");
                } else if (depth == 2 && isTypeDefinition(reader) && wanted.test(reader.getAttributeValue(null, "name"))) {
                    XsdNode node = subtree(reader);
                    found.put(node.attribute("name"), node);
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new Definitions(targetNamespace, found);
    }

    private static boolean isTypeDefinition(XMLStreamReader reader) {
        String name = reader.getLocalName();
        return name.equals("complexType") || name.equals("simpleType");
    }

    /** The element the reader is positioned on, with its descendants; leaves the reader on its end tag. */
    private static XsdNode subtree(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String key = DFDL_NS.equals(reader.getAttributeNamespace(i))
                    ? "dfdl:" + reader.getAttributeLocalName(i) : reader.getAttributeLocalName(i);
            if (KEPT.contains(key)) {
                attributes.put(key, reader.getAttributeValue(i));
            }
        }
        String name = reader.getLocalName();
        List<XsdNode> children = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (reader.getLocalName().equals("annotation")) {
                    skip(reader);
                } else {
                    children.add(subtree(reader));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return new XsdNode(name, attributes, children);
    }

    private static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // the schemas come from our own classpath, but a DTD or external entity has no business there either
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}

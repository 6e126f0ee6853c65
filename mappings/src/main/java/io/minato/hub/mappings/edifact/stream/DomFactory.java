package io.minato.hub.mappings.edifact.stream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;

/** New empty, namespace-aware DOM documents; one builder per thread, since builders are not thread-safe. */
final class DomFactory {

    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(DomFactory::builder);

    private DomFactory() {
    }

    static Document newDocument() {
        return BUILDER.get().newDocument();
    }

    private static DocumentBuilder builder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try {
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK cannot build a plain namespace-aware DOM", e);
        }
    }
}

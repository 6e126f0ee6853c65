package io.minato.hub.mappings.edifact.stream;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smooks.api.ExecutionContext;
import org.smooks.api.TypedKey;
import org.smooks.api.resource.reader.SmooksXMLReader;
import org.xml.sax.ContentHandler;
import org.xml.sax.DTDHandler;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.w3c.dom.Element;

/**
 * Smooks reader for UN/EDIFACT over {@link EdifactStreamReader}: emits the SAX events of the
 * whole interchange exactly as the Smooks EDIFACT cartridge's DFDL parser would (root
 * {@code Interchange}, UNA, UNB, {@code FunctionGroup}s, each {@code Message}, UNZ), one message
 * at a time as it is read, so Smooks' visitors run without Daffodil's 40–70 s schema compile.
 * Registered in a Smooks config with {@code <reader class="io.minato.hub.mappings.edifact.stream.EdifactSmooksReader"/>}.
 *
 * <p>Input: a byte stream (a {@code ByteSource}, file or queue payload) is decoded with the
 * charset its UNB syntax identifier implies, or with {@link #CHARSET_OVERRIDE} from the execution
 * context; a character stream alone (a {@code StringSource}) is taken as decoded already. Message
 * structures come from the {@link EdifactStructures} registered in the Smooks registry under its
 * class (so an application preloads them once), else from one shared per class loader. Syntax and
 * structure errors propagate as {@link io.minato.hub.mappings.support.EdiSyntaxException} with
 * their position. Smooks creates one reader per filter run (or pools them); not thread-safe.
 */
public final class EdifactSmooksReader implements SmooksXMLReader {

    /** The charset a partner's bytes are really in, when its UNB declares another (partner profile). */
    public static final TypedKey<Charset> CHARSET_OVERRIDE = TypedKey.of("minato.edifact.charset-override");

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private final Map<String, Boolean> features = new HashMap<>();
    private final Map<String, Object> properties = new HashMap<>();
    private ExecutionContext context;
    private ContentHandler contentHandler;
    private ErrorHandler errorHandler;
    private DTDHandler dtdHandler;
    private EntityResolver entityResolver;

    /** Smooks instantiates readers by class name. */
    public EdifactSmooksReader() {
    }

    @Override
    public void setExecutionContext(ExecutionContext executionContext) {
        this.context = executionContext;
    }

    @Override
    public void parse(InputSource input) throws IOException, SAXException {
        if (contentHandler == null) {
            throw new SAXException("no content handler set: Smooks sets one before parsing");
        }
        EdifactStreamReader streams = new EdifactStreamReader(structures());
        Charset override = context == null ? null : context.get(CHARSET_OVERRIDE);
        MessageStream stream;
        if (input.getByteStream() != null) {
            stream = streams.open(input.getByteStream(), override);
        } else if (input.getCharacterStream() != null) {
            stream = streams.open(input.getCharacterStream(), override);
        } else {
            throw new SAXException("an EDIFACT interchange comes as a byte or character stream, not by system id");
        }
        try (stream; Closeable characters = input.getCharacterStream()) {
            replay(stream);
        }
    }

    private void replay(MessageStream stream) throws SAXException {
        // the root takes the namespace of the first message's directory, as DFDL's does its schema's
        StreamedMessage first = stream.hasNext() ? stream.next() : null;
        Element root = first == null ? null : first.message();
        String prefix = root == null ? null : root.getPrefix();
        InfosetEvents events = new InfosetEvents(contentHandler);
        contentHandler.startDocument();
        events.startInterchange(root == null ? null : root.getNamespaceURI(), prefix);
        if (stream.serviceStringAdvice() != null) {
            events.una(stream.serviceStringAdvice());
        }
        events.element(stream.unb());
        envelope(events, stream.takeEnvelopeSegments());
        if (first != null) {
            events.element(first.message());
        }
        while (stream.hasNext()) {
            StreamedMessage message = stream.next();
            envelope(events, stream.takeEnvelopeSegments());
            events.element(message.message());
        }
        envelope(events, stream.takeEnvelopeSegments());
        events.endInterchange();
        contentHandler.endDocument();
    }

    /** UNG opens a {@code FunctionGroup} and UNE closes it, as in the DFDL interchange schema. */
    private static void envelope(InfosetEvents events, List<Element> segments) throws SAXException {
        for (Element segment : segments) {
            String tag = segment.getLocalName();
            if (tag.equals("UNG")) {
                events.start("FunctionGroup");
            }
            events.element(segment);
            if (tag.equals("UNE")) {
                events.end("FunctionGroup");
            }
        }
    }

    private EdifactStructures structures() {
        EdifactStructures registered = context == null ? null
                : context.getApplicationContext().getRegistry().lookup(EdifactStructures.class);
        return registered != null ? registered : SharedStructures.INSTANCE;
    }

    @Override
    public void parse(String systemId) throws SAXException {
        throw new SAXNotSupportedException("an EDIFACT interchange comes as a byte or character stream, not by system id");
    }

    @Override
    public boolean getFeature(String name) {
        return features.getOrDefault(name, Boolean.FALSE);
    }

    /** Smooks turns on namespaces and namespace-prefixes; the events always carry both. */
    @Override
    public void setFeature(String name, boolean value) {
        features.put(name, value);
    }

    @Override
    public Object getProperty(String name) throws SAXNotRecognizedException {
        if (!LEXICAL_HANDLER.equals(name)) {
            throw new SAXNotRecognizedException(name);
        }
        return properties.get(name);
    }

    /** Takes the lexical handler Smooks offers (there are no comments or CDATA to report to it). */
    @Override
    public void setProperty(String name, Object value) throws SAXNotRecognizedException {
        if (!LEXICAL_HANDLER.equals(name)) {
            throw new SAXNotRecognizedException(name);
        }
        properties.put(name, value);
    }

    @Override
    public void setEntityResolver(EntityResolver resolver) {
        this.entityResolver = resolver;
    }

    @Override
    public EntityResolver getEntityResolver() {
        return entityResolver;
    }

    @Override
    public void setDTDHandler(DTDHandler handler) {
        this.dtdHandler = handler;
    }

    @Override
    public DTDHandler getDTDHandler() {
        return dtdHandler;
    }

    @Override
    public void setContentHandler(ContentHandler handler) {
        this.contentHandler = handler;
    }

    @Override
    public ContentHandler getContentHandler() {
        return contentHandler;
    }

    @Override
    public void setErrorHandler(ErrorHandler handler) {
        this.errorHandler = handler;
    }

    @Override
    public ErrorHandler getErrorHandler() {
        return errorHandler;
    }

    /** Structures for configs whose application registered none: loaded once per class loader. */
    private static final class SharedStructures {
        static final EdifactStructures INSTANCE = new EdifactStructures();
    }
}

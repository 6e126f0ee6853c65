package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.io.sink.DOMSink;
import org.smooks.io.source.StringSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * One Smooks instance over an EDIFACT cartridge config, built on first use and kept for the
 * parser's life: the DFDL schema compiles once per instance (30–57 s), so a new instance per
 * message would recompile every time. Thread-safe: Smooks is, and each parse gets its own
 * execution context.
 */
final class SmooksEdifactParser implements AutoCloseable {

    /** Daffodil appends "Data location was preceding byte N" to parse errors. */
    private static final Pattern DATA_LOCATION = Pattern.compile("preceding byte (\\d+)");

    private final String configPath;
    private volatile Smooks smooks;
    private boolean closed;

    SmooksEdifactParser(String configPath) {
        this.configPath = configPath;
    }

    /** The interchange as the DFDL infoset (root {@code Interchange}). */
    Document parse(DecodedInterchange interchange) {
        Smooks instance = smooks();
        ExecutionContext context = instance.createExecutionContext();
        // Smooks re-encodes the characters we hand it with this encoding and tells Daffodil the same
        context.setContentEncoding(StandardCharsets.UTF_8.name());
        DOMSink sink = new DOMSink();
        try {
            instance.filterSource(context, new StringSource(interchange.text()), sink);
        } catch (SmooksException e) {
            String detail = rootMessage(e);
            Matcher location = DATA_LOCATION.matcher(detail);
            throw new EdiSyntaxException(List.of(new EdiSyntaxException.Problem(
                    location.find() ? interchange.positionAtUtf8Byte(Long.parseLong(location.group(1)))
                            : interchange.position(1),
                    "Smooks EDIFACT parser rejected the interchange: " + firstLine(detail))), e);
        }
        return (Document) sink.getNode();
    }

    /** Builds the Smooks instance (cheap); the DFDL compile itself happens on the first parse. */
    private Smooks smooks() {
        Smooks instance = smooks;
        if (instance == null) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("parser for " + configPath + " is closed");
                }
                instance = smooks;
                if (instance == null) {
                    instance = create();
                    smooks = instance;
                }
            }
        }
        return instance;
    }

    private Smooks create() {
        try {
            return new Smooks(configPath);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Smooks config " + configPath, e);
        } catch (SAXException e) {
            throw new IllegalStateException("invalid Smooks config " + configPath, e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (smooks != null) {
            smooks.close();
            smooks = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.edifact.stream.EdifactSmooksReader;
import io.minato.hub.mappings.edifact.stream.EdifactStructures;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.SmooksException;
import org.smooks.api.io.Source;
import org.smooks.engine.DefaultApplicationContextBuilder;
import org.smooks.io.sink.DOMSink;
import org.smooks.io.source.ByteSource;
import org.smooks.io.source.StringSource;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * One Smooks instance over an EDIFACT config, built on first use and kept for the parser's life:
 * either the DFDL cartridge ({@code iftmbc-d99b.xml}, test resources only: its schema compiles once per instance,
 * 30–57 s, so a new instance per message would recompile every time) or the streaming reader
 * ({@code edifact-stream.xml}, {@link EdifactSmooksReader}), whose message structures the given
 * {@link EdifactStructures} holds. Thread-safe: Smooks is, and each parse gets its own execution
 * context.
 */
final class SmooksEdifactParser implements AutoCloseable {

    /** Daffodil appends "Data location was preceding byte N" to parse errors. */
    private static final Pattern DATA_LOCATION = Pattern.compile("preceding byte (\\d+)");

    private final String configPath;
    private final EdifactStructures structures;
    private volatile Smooks smooks;
    private boolean closed;

    /** Over a DFDL cartridge config. */
    SmooksEdifactParser(String configPath) {
        this(configPath, null);
    }

    /** Over a config whose {@link EdifactSmooksReader} takes its message structures from {@code structures}. */
    SmooksEdifactParser(String configPath, EdifactStructures structures) {
        this.configPath = configPath;
        this.structures = structures;
    }

    /** The interchange as the DFDL infoset (root {@code Interchange}), from its decoded characters (DFDL config). */
    Document parse(DecodedInterchange interchange) {
        ExecutionContext context = smooks().createExecutionContext();
        // Smooks re-encodes the characters we hand it with this encoding and tells Daffodil the same
        context.setContentEncoding(StandardCharsets.UTF_8.name());
        return filter(context, new StringSource(interchange.text()), interchange);
    }

    /**
     * The interchange as the DFDL infoset from its raw bytes (streaming config): the reader decodes
     * them with the UNB charset or {@code charsetOverride}, as {@link InterchangeDecoder} does.
     */
    Document parse(byte[] raw, Charset charsetOverride, DecodedInterchange interchange) {
        ExecutionContext context = smooks().createExecutionContext();
        if (charsetOverride != null) {
            context.put(EdifactSmooksReader.CHARSET_OVERRIDE, charsetOverride);
        }
        return filter(context, new ByteSource(raw), interchange);
    }

    /** Running out of memory says nothing about the interchange: never turn it into a rejection. */
    private static void rethrowErrors(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Error error) {
                throw error;
            }
        }
    }

    private Document filter(ExecutionContext context, Source source, DecodedInterchange interchange) {
        DOMSink sink = new DOMSink();
        try {
            smooks().filterSource(context, source, sink);
        } catch (SmooksException e) {
            rethrowErrors(e);
            EdiSyntaxException positioned = positioned(e);
            if (positioned != null) {
                // the streaming reader's own error, already positioned: Smooks only wrapped it
                throw positioned;
            }
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
            if (structures == null) {
                return new Smooks(configPath);
            }
            // Without Smooks' system resources: they register a "*" serializer visitor that the DOM filter calls
            // on every element of the infoset, half of this parser's CPU on a 100-message interchange, to write
            // a result nobody asks for (the sink is the DOM). The streaming config has no visitors that need them.
            Smooks instance = new Smooks(new DefaultApplicationContextBuilder().withSystemResources(false).build());
            instance.addResourceConfigs(configPath);
            instance.getApplicationContext().getRegistry().registerObject(EdifactStructures.class, structures);
            return instance;
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

    private static EdiSyntaxException positioned(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EdiSyntaxException syntax) {
                return syntax;
            }
        }
        return null;
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

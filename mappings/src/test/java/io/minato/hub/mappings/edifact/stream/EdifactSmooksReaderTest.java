package io.minato.hub.mappings.edifact.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smooks.Smooks;
import org.smooks.api.ExecutionContext;
import org.smooks.api.io.Source;
import org.smooks.io.sink.DOMSink;
import org.smooks.io.source.ByteSource;
import org.smooks.io.source.StringSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/**
 * {@link EdifactSmooksReader} in Smooks ({@code edifact-stream.xml}) and on its own: input as bytes
 * or characters, the partner's charset override, function groups, positioned errors through
 * Smooks, and message-by-message emission. The DOM equality with the DFDL config is in
 * {@code StreamingEquivalenceTest}.
 */
class EdifactSmooksReaderTest {

    private static final String GROUPED = "UNA:+.? 'UNB+UNOC:3+S+R+240315:0830+IC1'UNG+IFTMBC+S+R+240315:0830+G1+UN+D:99B'"
            + "UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9'UNT+3+1'UNE+1+G1'UNZ+1+IC1'";
    private static Smooks smooks;

    @BeforeAll
    static void buildSmooks() throws Exception {
        smooks = new Smooks("smooks/edifact/edifact-stream.xml");
    }

    @AfterAll
    static void closeSmooks() {
        smooks.close();
    }

    @Test
    void readsRawBytesAndDecodedCharactersOfAnUnoyInterchangeAlike() {
        byte[] raw = TestFiles.edi("iftmbc-japanese-unoy.edi");

        Document fromBytes = filter(smooks.createExecutionContext(), new ByteSource(raw));
        Document fromCharacters = filter(smooks.createExecutionContext(),
                new StringSource(new String(raw, StandardCharsets.UTF_8)));

        assertThat(StrictDom.of(fromBytes)).isEqualTo(StrictDom.of(fromCharacters)).contains("横浜商事株式会社");
        assertThat(fromBytes.getDocumentElement().getNodeName()).isEqualTo("D99B:Interchange");
    }

    @Test
    void decodesWithThePartnersCharsetOverrideFromTheExecutionContext() {
        byte[] raw = TestFiles.edi("iftmbc-utf8-declared-unoa.edi");
        ExecutionContext context = smooks.createExecutionContext();
        context.put(EdifactSmooksReader.CHARSET_OVERRIDE, StandardCharsets.UTF_8);

        assertThat(StrictDom.of(filter(context, new ByteSource(raw)))).contains("横浜商事株式会社");
        assertThat(positioned(catchThrowable(() -> filter(smooks.createExecutionContext(), new ByteSource(raw)))))
                .hasMessageContaining("not valid in the charset");
    }

    @Test
    void wrapsEachUngToUneInAFunctionGroupAsDfdlDoes() {
        Element root = filter(smooks.createExecutionContext(), new ByteSource(GROUPED.getBytes(StandardCharsets.US_ASCII)))
                .getDocumentElement();

        assertThat(childNames(root)).containsExactly("UNA", "UNB", "FunctionGroup", "UNZ");
        assertThat(childNames(child(root, "FunctionGroup"))).containsExactly("UNG", "D99B:Message", "UNE");
    }

    @Test
    void passesTheStreamingReadersPositionedErrorThroughSmooks() {
        String edi = "UNB+UNOC:3+S+R+240315:0830+IC1'UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9+AP+X'UNT+3+1'UNZ+1+IC1'";

        EdiSyntaxException error = positioned(catchThrowable(() ->
                filter(smooks.createExecutionContext(), new ByteSource(edi.getBytes(StandardCharsets.US_ASCII)))));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentTag()).isEqualTo("BGM");
            assertThat(problem.position().segmentOrdinal()).isEqualTo(3);
            assertThat(problem.position().byteOffset()).isEqualTo(edi.indexOf("BGM"));
        });
    }

    @Test
    void emitsEachMessageBeforeReadingTheNext() {
        String edi = "UNB+UNOC:3+S+R+240315:0830+IC1'UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9'UNT+3+1'"
                + "UNH+2+IFTMBC:D:99B:UN'BGM+770+BK2+9'NAD+CA+ONEY'BGM+770+BK3+9'UNT+5+2'UNZ+2+IC1'";
        List<String> ended = new ArrayList<>();
        EdifactSmooksReader reader = new EdifactSmooksReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void endElement(String uri, String localName, String qName) {
                ended.add(qName);
            }

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
            }
        });

        Throwable thrown = catchThrowable(() ->
                reader.parse(new InputSource(new ByteArrayInputStream(edi.getBytes(StandardCharsets.US_ASCII)))));

        assertThat(thrown).isInstanceOf(EdiSyntaxException.class).hasMessageContaining("segment BGM #8");
        assertThat(ended).containsOnlyOnce("D99B:Message").endsWith("D99B:Message");
    }

    private static Document filter(ExecutionContext context, Source source) {
        DOMSink sink = new DOMSink();
        smooks.filterSource(context, source, sink);
        return (Document) sink.getNode();
    }

    private static EdiSyntaxException positioned(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof EdiSyntaxException syntax) {
                return syntax;
            }
        }
        throw new AssertionError("no EdiSyntaxException in " + thrown, thrown);
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                names.add(element.getNodeName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getNodeName())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " under " + parent.getNodeName());
    }
}

package io.minato.hub.mappings.edifact.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The streaming reader against DFDL output stored beside each golden file (D95B COPARN, COARRI,
 * CODECO, BAPLIE; D99B IFTSAI; IFTMBC edge cases), and its own behaviour: directory from UNH,
 * group nesting, errors with positions.
 */
class StreamingReaderTest {

    private static final EdifactStreamReader READER = new EdifactStreamReader();

    @ParameterizedTest
    @ValueSource(strings = {"coparn-d95b", "coarri-d95b-two-messages", "codeco-d95b", "baplie-d95b", "iftsai-d99b",
            "iftmbc-d99b-edge-cases"})
    void producesTheDfdlInfosetOfEveryMessage(String name) throws Exception {
        List<StreamedMessage> messages = READER.readAll(TestFiles.edi("stream/" + name + ".edi"));
        List<Element> expected = CanonicalDom.dfdlMessages("/edi/stream/" + name + ".dfdl.xml");

        assertThat(messages).hasSameSizeAs(expected);
        for (int i = 0; i < messages.size(); i++) {
            assertThat(CanonicalDom.of(messages.get(i).message())).isEqualTo(CanonicalDom.of(expected.get(i)));
        }
    }

    @Test
    void nestsCoparnD95bGroupsAsTheDirectoryDefines() {
        StreamedMessage coparn = READER.readAll(TestFiles.edi("stream/" + "coparn-d95b.edi")).get(0);

        assertThat(coparn.directory()).isEqualTo("d95b");
        assertThat(coparn.type()).isEqualTo("COPARN:D:95B:UN");
        assertThat(coparn.body().getLocalName()).isEqualTo("COPARN");
        assertThat(coparn.body().getNamespaceURI()).isEqualTo("http://www.ibm.com/dfdl/edi/un/edifact/D95B");
        assertThat(childNames(coparn.body())).containsExactly("BGM", "RFF", "SegGrp-1", "SegGrp-2", "SegGrp-2",
                "SegGrp-2", "SegGrp-3", "SegGrp-7", "CNT");
        assertThat(childNames(child(coparn.body(), "SegGrp-1"))).containsExactly("TDT", "RFF", "DTM", "DTM");
        assertThat(childNames(child(coparn.body(), "SegGrp-7"))).containsExactly("EQD", "RFF", "RFF", "RFF", "RFF",
                "EQN", "TMD", "DTM", "LOC", "LOC", "LOC", "LOC", "LOC", "LOC", "MEA", "MEA", "SEL", "FTX", "FTX",
                "FTX", "FTX");
    }

    @Test
    void takesTheDirectoryOfEachMessageFromItsUnh() {
        List<StreamedMessage> messages = READER.readAll(TestFiles.edi("stream/" + "iftsai-d99b.edi"));

        assertThat(messages).extracting(StreamedMessage::directory).containsExactly("d99b");
        assertThat(messages.get(0).body().getNamespaceURI()).isEqualTo("http://www.ibm.com/dfdl/edi/un/edifact/D99B");
    }

    @Test
    void handsOutMessagesOneAtATime() {
        List<String> seen = new ArrayList<>();
        try (MessageStream stream = READER.open(new ByteArrayInputStream(TestFiles.edi("stream/" + "coarri-d95b-two-messages.edi")))) {
            assertThat(stream.header().controlReference()).isNotBlank();
            assertThat(stream.unb().getLocalName()).isEqualTo("UNB");
            while (stream.hasNext()) {
                StreamedMessage message = stream.next();
                seen.add(message.reference() + "@" + message.unhOrdinal());
            }
        }
        assertThat(seen).hasSize(2);
    }

    @Test
    void rejectsASegmentOutOfPlaceNamingTagOrdinalAndByte() {
        String edi = "UNA:+.? 'UNB+UNOC:3+S+R+240315:0830+IC1'UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9'"
                + "NAD+CA+ONEY'BGM+770+BK2+9'UNT+5+1'UNZ+1+IC1'";

        assertThatThrownBy(() -> READER.readAll(edi.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(EdiSyntaxException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(problem -> {
                        assertThat(problem.position().segmentTag()).isEqualTo("BGM");
                        assertThat(problem.position().segmentOrdinal()).isEqualTo(5);
                        assertThat(problem.position().byteOffset()).isEqualTo(edi.indexOf("BGM+770+BK2"));
                        assertThat(problem.position().messageRef()).isEqualTo("1");
                    });
                    assertThat(e.getMessage()).contains("segment BGM #5").contains("not allowed here")
                            .contains("after NAD (in IFTMBC/SegGrp-6)");
                });
    }

    @Test
    void rejectsMoreDataElementsThanTheSegmentDefines() {
        String edi = "UNB+UNOC:3+S+R+240315:0830+IC1'UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9+AP+X'UNT+3+1'UNZ+1+IC1'";

        assertThatThrownBy(() -> READER.readAll(edi.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(EdiSyntaxException.class)
                .hasMessageContaining("segment BGM #3, element 5")
                .hasMessageContaining("5 data elements where BGM defines 4");
    }

    @Test
    void rejectsAMessageTypeTheDirectoryDoesNotDefine() {
        String edi = "UNB+UNOC:3+S+R+240315:0830+IC1'UNH+1+NOSUCH:D:99B:UN'BGM+770'UNT+3+1'UNZ+1+IC1'";

        assertThatThrownBy(() -> READER.readAll(edi.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(EdiSyntaxException.class)
                .hasMessageContaining("segment UNH #2, element 2")
                .hasMessageContaining("NOSUCH");
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                names.add(element.getLocalName());
            }
        }
        return names;
    }

    private static Element child(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && name.equals(element.getLocalName())) {
                return element;
            }
        }
        throw new AssertionError("no " + name + " under " + parent.getLocalName());
    }
}

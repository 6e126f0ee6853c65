package io.minato.hub.mappings.edifact.write;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InterchangeWriterTest {

    private static final LocalDateTime PREPARED = LocalDateTime.of(2024, 3, 15, 8, 30);

    static OutboundEnvelope envelope(String syntaxIdentifier, int version) {
        return new OutboundEnvelope(syntaxIdentifier, version, "MINATOHUB", "ZZZ", "INTTRA", "ZZZ", 42, PREPARED, false, false);
    }

    @Test
    void writesEnvelopeWithCountsAndReferencesStaediAccepts() {
        byte[] written = InterchangeWriter.toBytes(envelope("UNOC", 3), writer -> {
            assertThat(writer.message("IFTMIN", "D", "99B", "UN", body -> body
                    .segment("BGM", simple("610"), simple("BKG-1"), simple("9"))
                    .segment("DTM", composite("137", "202403150830", "203")))).isEqualTo("1");
            assertThat(writer.message("IFTMIN", "D", "99B", "UN", body -> body
                    .segment("BGM", simple("610"), simple("BKG-2"), simple("9")))).isEqualTo("2");
        });

        assertThat(new String(written, StandardCharsets.ISO_8859_1)).isEqualTo("UNA:+.? '"
                + "UNB+UNOC:3+MINATOHUB:ZZZ+INTTRA:ZZZ+240315:0830+42'"
                + "UNH+1+IFTMIN:D:99B:UN'BGM+610+BKG-1+9'DTM+137:202403150830:203'UNT+4+1'"
                + "UNH+2+IFTMIN:D:99B:UN'BGM+610+BKG-2+9'UNT+3+2'"
                + "UNZ+2+42'");
        ReadBack read = ReadBack.read(written, StandardCharsets.ISO_8859_1);
        assertThat(read.errors()).isEmpty();
        assertThat(read.withTag("UNT")).extracting(s -> s.value(1, 1) + "/" + s.value(2, 1)).containsExactly("4/1", "3/2");
        assertThat(read.first("UNZ").value(1, 1)).isEqualTo("2");
    }

    @Test
    void refusesToSealAnInterchangeWithoutMessages() {
        assertThatThrownBy(() -> InterchangeWriter.toBytes(envelope("UNOA", 3), writer -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("interchange 42 has no message; not sealing it");
    }

    @Test
    void escapesServiceCharactersWithTheReleaseCharacterAndReadsThemBackEqual() {
        String value = "O'BRIEN + PARTNERS: 50% OFF? YES";
        byte[] written = InterchangeWriter.toBytes(envelope("UNOC", 3), writer ->
                writer.message("IFTMIN", "D", "99B", "UN", body -> body.segment("FTX", simple("AAI"), empty(), empty(),
                        composite(value, "a:b"))));

        assertThat(new String(written, StandardCharsets.ISO_8859_1))
                .contains("FTX+AAI+++O?'BRIEN ?+ PARTNERS?: 50% OFF?? YES:a?:b'");
        ReadBack read = ReadBack.read(written, StandardCharsets.ISO_8859_1);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("FTX").value(4, 1)).isEqualTo(value);
        assertThat(read.first("FTX").value(4, 2)).isEqualTo("a:b");
    }

    @Test
    void writesUnoyAsUtf8() {
        String text = "東京港 大井コンテナふ頭";
        byte[] written = InterchangeWriter.toBytes(envelope("UNOY", 4), writer ->
                writer.message("IFTMIN", "D", "01B", "UN", body -> body.segment("FTX", simple("AAI"), empty(), empty(), composite(text))));

        assertThat(written).containsSequence(text.getBytes(StandardCharsets.UTF_8));
        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("UNA:+.?*'UNB+UNOY:4+MINATOHUB:ZZZ+INTTRA:ZZZ+20240315:0830+42'");
        ReadBack read = ReadBack.read(written, StandardCharsets.UTF_8);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("FTX").value(4, 1)).isEqualTo(text);
    }

    @Test
    void writesUnocAsIso88591() {
        byte[] written = InterchangeWriter.toBytes(envelope("UNOC", 3), writer ->
                writer.message("IFTMIN", "D", "99B", "UN", body -> body.segment("FTX", simple("AAI"), empty(), empty(), composite("Société Générale"))));

        assertThat(written).containsSequence("Soci\u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(written).doesNotContain((byte) 0xC3); // no UTF-8 lead byte: é is the single byte 0xE9
        ReadBack read = ReadBack.read(written, StandardCharsets.ISO_8859_1);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("FTX").value(4, 1)).isEqualTo("Société Générale");
    }

    @Test
    void writesUnoxAsIso2022JpThatStaediReadsBack() {
        String text = "東京港 大井コンテナふ頭";
        Charset iso2022jp = Charset.forName("ISO-2022-JP");
        byte[] written = InterchangeWriter.toBytes(envelope("UNOX", 4), writer ->
                writer.message("IFTMIN", "D", "01B", "UN", body -> body.segment("FTX", simple("AAI"), empty(), empty(), composite(text))));

        assertThat(written).containsSequence(text.getBytes(iso2022jp));
        assertThat(written).containsSequence(0x1B, '$', 'B'); // shift to JIS X 0208 …
        assertThat(new String(written, iso2022jp)).contains("FTX+AAI+++" + text + "'UNT+3+1'");
        // StAEDI 1.26 cannot tokenize ISO-2022-JP bytes itself (BufferOverflowException in its
        // lexer on the escape sequences), so the read-back decodes first, as the hub's reader does
        assertThatThrownBy(() -> ReadBack.read(written, iso2022jp)).hasRootCauseInstanceOf(java.nio.BufferOverflowException.class);
        ReadBack read = ReadBack.readDecoded(written, iso2022jp);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("FTX").value(4, 1)).isEqualTo(text);
    }

    @Test
    void writesTestAndAcknowledgementRequestIndicators() {
        OutboundEnvelope flagged = new OutboundEnvelope("UNOC", 3, "MINATOHUB", null, "INTTRA", null, 7, PREPARED, true, true);

        byte[] written = InterchangeWriter.toBytes(flagged, writer ->
                writer.message("IFTMIN", "D", "99B", "UN", body -> body.segment("BGM", simple("610"))));

        assertThat(new String(written, StandardCharsets.ISO_8859_1)).startsWith("UNA:+.? 'UNB+UNOC:3+MINATOHUB+INTTRA+240315:0830+7++++1++1'");
        ReadBack read = ReadBack.read(written, StandardCharsets.ISO_8859_1);
        assertThat(read.errors()).isEmpty();
        assertThat(read.first("UNB").value(9, 1)).isEqualTo("1");
        assertThat(read.first("UNB").value(11, 1)).isEqualTo("1");
    }

    @Test
    void refusesCharactersTheSyntaxIdentifierCannotHold() {
        assertThatThrownBy(() -> InterchangeWriter.toBytes(envelope("UNOC", 3), writer ->
                writer.message("IFTMIN", "D", "99B", "UN", body -> body.segment("FTX", simple("AAI"), empty(), empty(), composite("ok", "東京")))))
                .isInstanceOf(InterchangeWriteException.class)
                .hasMessage("segment FTX element 4 component 2: '東京' has characters ISO-8859-1 cannot hold");
    }

    @Test
    void refusesEnvelopeValueStaediControlSchemaRejectsAtItsSegment() {
        OutboundEnvelope badQualifier = new OutboundEnvelope("UNOC", 3, "MINATOHUB", "QQQ", "INTTRA", null, 1, PREPARED, false, false);

        assertThatThrownBy(() -> InterchangeWriter.toBytes(badQualifier, writer -> writer.message("IFTMIN", "D", "99B", "UN", body -> { })))
                .isInstanceOf(InterchangeWriteException.class)
                .hasMessageStartingWith("segment UNB breaks the EDIFACT envelope rules: UNB element 2 component 2: invalid code value");
    }

    @Test
    void refusesServiceSegmentsInAMessageBody() {
        assertThatThrownBy(() -> InterchangeWriter.toBytes(envelope("UNOC", 3), writer ->
                writer.message("IFTMIN", "D", "99B", "UN", body -> body.segment("UNT", simple("1"), simple("1")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UNT is written by the interchange writer");
    }

    @Test
    void refusesSyntaxIdentifierWithoutKnownCharset() {
        assertThatThrownBy(() -> envelope("UNOQ", 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("syntax identifier UNOQ has no known charset");
    }
}

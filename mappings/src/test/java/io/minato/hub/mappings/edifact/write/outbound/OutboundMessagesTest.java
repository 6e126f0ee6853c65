package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.outbound.OutboundSamples.envelope;
import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.StreamedMessage;
import io.minato.hub.mappings.edifact.write.InterchangeWriteException;
import io.minato.hub.mappings.edifact.write.InterchangeWriter;
import io.minato.hub.mappings.edifact.write.OutboundEnvelope;
import io.minato.hub.mappings.edifact.write.ReadBack;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every outbound message type: written, validated by StAEDI (envelope and control structure) and
 * by the directory's own message structure (the streaming reader places every segment in its
 * group and checks mandatory elements and UNT), read back, and compared with a golden file.
 */
class OutboundMessagesTest {

    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
    private static final EdifactStreamReader STRUCTURE = new EdifactStreamReader();

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("IFTMBF:D:99B:UN", OutboundSamples.bookingRequest(), "iftmbf-booking-request.edi"),
                Arguments.of("IFTMIN:D:99B:UN", OutboundSamples.shippingInstruction(), "iftmin-shipping-instruction.edi"),
                Arguments.of("VERMAS:D:16A:UN", OutboundSamples.vgmReport(), "vermas-vgm-report.edi"),
                Arguments.of("APERAK:D:99B:UN", OutboundSamples.rejection(), "aperak-booking-not-found.edi"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesUnoyThatStaediAndTheDirectoryStructureAccept(String type, Object document, String golden) {
        WrittenInterchange written = OutboundMessages.write(document, envelope("UNOY", 4));

        assertThat(written.message()).hasToString(type);
        assertThat(written.messageReferences()).containsExactly("1");
        assertThat(written.controlReference()).isEqualTo(1001);
        assertPlainBytes(written.bytes());
        ReadBack read = ReadBack.read(written.bytes(), StandardCharsets.UTF_8);
        assertThat(envelopeErrors(read)).isEmpty();
        assertThat(read.first("UNH").value(2, 1)).isEqualTo(type.substring(0, 6));
        List<String> tags = read.segments().stream().map(ReadBack.Segment::tag).toList();
        assertThat(Integer.parseInt(read.first("UNT").value(1, 1))).isEqualTo(tags.indexOf("UNT") - tags.indexOf("UNH") + 1);
        assertThat(structure(written.bytes()).type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writesUnoxAsIso2022JpThatReadsBackEqualToUnoy(String type, Object document, String golden) {
        byte[] unoy = OutboundMessages.write(document, envelope("UNOY", 4)).bytes();
        byte[] unox = OutboundMessages.write(document, envelope("UNOX", 4)).bytes();

        assertPlainBytes(unox);
        assertThat(unox).containsSequence(0x1B, '$', 'B'); // switches to JIS X 0208 for the Japanese …
        assertThat(unox).doesNotContain((byte) 0xE3); // … and no UTF-8 lead byte of a kana/kanji leaks in
        // StAEDI 1.26 cannot tokenize ISO-2022-JP itself (see InterchangeWriterTest): decode first
        ReadBack read = ReadBack.readDecoded(unox, ISO_2022_JP);
        assertThat(envelopeErrors(read)).isEmpty();
        assertThat(new String(unox, ISO_2022_JP).replace("UNOX:4", "UNOY:4")).isEqualTo(new String(unoy, StandardCharsets.UTF_8));
        assertThat(structure(unox).type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("documents")
    void matchesTheGoldenFileInUnoyAndUnox(String type, Object document, String golden) {
        String expected = new String(golden(golden), StandardCharsets.UTF_8);

        assertGolden(golden, normalized(OutboundMessages.write(document, envelope("UNOY", 4)).bytes(), StandardCharsets.UTF_8),
                expected);
        assertGolden(golden, normalized(OutboundMessages.write(document, envelope("UNOX", 4)).bytes(), ISO_2022_JP),
                expected.replace("UNB+UNOY:4", "UNB+UNOX:4"));
    }

    @Test
    void escapesServiceCharactersWithTheReleaseCharacterAndReadsThemBack() {
        byte[] written = OutboundMessages.write(OutboundSamples.shippingInstruction(), envelope("UNOY", 4)).bytes();

        assertThat(new String(written, StandardCharsets.UTF_8)).contains("NAD+CZ+JP1234567890X:160:86++ACME?+CO??+");
        ReadBack read = ReadBack.read(written, StandardCharsets.UTF_8);
        assertThat(party(read, "CZ").value(4, 1)).isEqualTo(OutboundSamples.RELEASE_NAME);
    }

    @Test
    void iftmbfCarriesTheBookingRequestsKeyValues() {
        ReadBack read = readUnoy(OutboundSamples.bookingRequest());

        assertThat(read.first("BGM").value(1, 1)).isEqualTo("335");
        assertThat(read.first("BGM").value(2, 1)).isEqualTo("BR-2026-0042");
        assertThat(read.first("TDT").value(5, 1)).isEqualTo("ONEY");
        assertThat(read.first("TDT").value(8, 4)).isEqualTo("ONE HARMONY");
        assertThat(read.withTag("LOC")).extracting(loc -> loc.value(1, 1) + "=" + loc.value(2, 1))
                .containsExactly("88=JPNGO", "7=USCHI", "9=JPYOK", "11=USLGB");
        assertThat(party(read, "BA").value(4, 1)).isEqualTo("港湾フォワーディング株式会社");
        assertThat(party(read, "CZ").value(4, 1)).isEqualTo("ACME+CO?");
        assertThat(read.first("MEA").value(3, 2)).isEqualTo("12000.5");
        assertThat(read.withTag("EQD")).extracting(eqd -> eqd.value(3, 1)).containsExactly("45G1", "22G1");
        assertThat(read.withTag("EQN")).extracting(eqn -> eqn.value(1, 1)).containsExactly("2", "1");
    }

    @Test
    void iftminCarriesTheShippingInstructionsKeyValues() {
        ReadBack read = readUnoy(OutboundSamples.shippingInstruction());

        assertThat(read.first("BGM").value(1, 1)).isEqualTo("340");
        assertThat(read.first("BGM").value(2, 1)).isEqualTo("FW-2026-0042");
        assertThat(read.withTag("RFF")).extracting(rff -> rff.value(1, 1) + "=" + rff.value(1, 2))
                .containsExactly("BN=ONEYTYOA12345600", "FF=FW-2026-0042");
        assertThat(read.withTag("CNT")).extracting(cnt -> cnt.value(1, 1) + "=" + cnt.value(1, 2))
                .containsExactly("7=3000.5", "11=150", "15=21.3");
        assertThat(read.withTag("GID")).extracting(gid -> gid.value(2, 1) + gid.value(2, 2)).containsExactly("120CT", "30PK");
        assertThat(read.first("PIA").value(2, 1)).isEqualTo("870899");
        assertThat(read.withTag("SGP")).extracting(sgp -> sgp.value(1, 1))
                .containsExactly("ONEU1234567", "ONEU1234567", "ONEU7654321");
        assertThat(read.withTag("EQD")).extracting(eqd -> eqd.value(2, 1)).containsExactly("ONEU1234567", "ONEU7654321");
        assertThat(party(read, "N1").value(4, 1)).isEqualTo("SAME AS CONSIGNEE");
    }

    @Test
    void vermasCarriesEachContainersVerifiedGrossMassAndCertificate() {
        ReadBack read = readUnoy(OutboundSamples.vgmReport());

        assertThat(read.first("BGM").value(2, 1)).isEqualTo("VGM-2026-0007");
        assertThat(read.withTag("EQD")).extracting(eqd -> eqd.value(2, 1)).containsExactly("ONEU1234567", "ONEU7654321");
        assertThat(read.withTag("MEA")).extracting(mea -> mea.value(2, 1) + "=" + mea.value(3, 2) + mea.value(3, 1))
                .containsExactly("VGM=28450KGM", "VGM=10320.5KGM");
        assertThat(read.withTag("DTM").stream().filter(dtm -> "798".equals(dtm.value(1, 1))))
                .extracting(dtm -> dtm.value(1, 2)).containsExactly("20261201", "20261202");
        assertThat(read.withTag("DOC")).extracting(doc -> doc.value(1, 1)).containsExactly("SM1", "SM2");
        assertThat(read.withTag("CTA")).extracting(cta -> cta.value(2, 2)).containsExactly("山田 太郎", "佐藤 花子");
        assertThat(read.withTag("RFF")).extracting(rff -> rff.value(1, 2)).containsOnly("ONEYTYOA12345600");
    }

    @Test
    void aperakNamesTheRejectedInterchangeAndMessageAndTheError() {
        ReadBack read = readUnoy(OutboundSamples.rejection());

        assertThat(read.first("BGM").value(1, 1) + "/" + read.first("BGM").value(3, 1)).isEqualTo("313/27");
        assertThat(read.first("RFF").value(1, 1)).isEqualTo("ACW");
        assertThat(read.first("RFF").value(1, 2)).isEqualTo("IB0000124");
        assertThat(read.first("RFF").value(1, 3)).isEqualTo("1");
        assertThat(read.first("DOC").value(2, 1)).isEqualTo("INTTRA2024031500042");
        assertThat(read.first("ERC").value(1, 1)).isEqualTo("53");
        assertThat(read.first("FTX").value(4, 1)).endsWith("(booking not found: ACME+CO?)");
    }

    @Test
    void aperakCarriesAnUnknownPartysLongReasonWithItsFixWhole() {
        String reason = ("segment NAD #18: NAD+BA 'HARBOUR FORWARDING CO., LTD.' (NAD:ZZZ=HBF1): no party with NAD:ZZZ=HBF1; "
                + "register it with PUT /api/v1/parties/{code}/names {\"name\":\"HARBOUR FORWARDING\"} ").repeat(6);
        ApplicationRejection rejection = new ApplicationRejection("REJ1", "IB1", "1", "IFTMBC", null, "53", reason);

        ReadBack read = readUnoy(rejection);

        assertThat(read.errors()).isEmpty();
        assertThat(String.join("", read.first("FTX").elements().get(3))).isEqualTo(reason);
    }

    @Test
    void refusesJapaneseInUnocNamingTheSegment() {
        assertThatThrownBy(() -> OutboundMessages.write(OutboundSamples.bookingRequest(), envelope("UNOC", 3)))
                .isInstanceOf(InterchangeWriteException.class)
                .hasMessageContaining("segment FTX element 4 component 1: '危険品なし; PLEASE CONFIRM BY 25 NOV' has characters ISO-8859-1 cannot hold");
    }

    @Test
    void writesUnocWhenEveryValueIsLatin1() {
        ShippingInstruction latin = OutboundSamples.shippingInstruction();
        latin = new ShippingInstruction(latin.shipper(), latin.consignee(), latin.notifyParty(), latin.exporterCode(),
                latin.bookingNo(), latin.carrierCode(), latin.vesselName(), latin.voyageNo(), latin.portOfLoading(),
                latin.portOfDischarge(), null, latin.estimatedDeparture(), null, null, latin.inHouseReference(),
                List.of(latin.goods().get(1)), null);

        byte[] written = OutboundMessages.write(latin, envelope("UNOC", 3)).bytes();

        assertThat(new String(written, StandardCharsets.ISO_8859_1)).startsWith("UNA:+.? 'UNB+UNOC:3+MINATOHUB:ZZZ+INTTRA:ZZZ+261120:1405+1001'");
        assertThat(envelopeErrors(ReadBack.read(written, StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(structure(written).type()).isEqualTo("IFTMIN:D:99B:UN");
    }

    @Test
    void splitsALongNameOverNadComponentsAndRefusesAnAddressNadCannotHold() {
        String longName = "NIPPON YUSEN KABUSHIKI KAISHA LOGISTICS DIVISION EAST JAPAN";
        ShippingInstruction si = withShipper(new Party(null, longName, List.of(), "JP"));

        ReadBack read = readUnoy(si);

        assertThat(party(read, "CZ").value(4, 1)).isEqualTo(longName.substring(0, 35));
        assertThat(party(read, "CZ").value(4, 2)).isEqualTo(longName.substring(35));
        ShippingInstruction tooLong = withShipper(new Party(null, "X", List.of("A".repeat(70), "B".repeat(70), "C"), "JP"));
        assertThatThrownBy(() -> OutboundMessages.write(tooLong, envelope("UNOY", 4)))
                .isInstanceOf(InterchangeWriteException.class)
                .hasMessage("shipper.address: 5 lines of 35 characters, NAD C059 holds 4");
    }

    @Test
    void theStructureCheckRejectsASegmentTheDirectoryDoesNotPlaceThere() {
        // a DTM after the parties belongs to no group of IFTMIN D99B
        byte[] misplaced = InterchangeWriter.toBytes(envelope("UNOY", 4), writer -> writer.message(
                OutboundMessages.messageFor(ShippingInstruction.class).orElseThrow(), body -> body
                        .segment("BGM", simple("340"), simple("X"), simple("9"))
                        .segment("NAD", simple("CZ"))
                        .segment("DTM", composite("137", "202611201405", "203"))));

        assertThatThrownBy(() -> structure(misplaced))
                .isInstanceOf(EdiSyntaxException.class)
                .hasMessageContaining("segment DTM is not allowed here");
    }

    @Test
    void refusesADocumentNoMessageIsWrittenFrom() {
        assertThatThrownBy(() -> OutboundMessages.write("UL050", envelope("UNOY", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no EDIFACT message is written from a String");
        assertThat(OutboundMessages.messageFor(String.class)).isEmpty();
        assertThat(OutboundMessages.messageFor(ShippingInstruction.class)).hasValueSatisfying(
                id -> assertThat(id).hasToString("IFTMIN:D:99B:UN"));
    }

    private static ShippingInstruction withShipper(Party shipper) {
        ShippingInstruction si = OutboundSamples.shippingInstruction();
        return new ShippingInstruction(shipper, si.consignee(), si.notifyParty(), si.exporterCode(), si.bookingNo(),
                si.carrierCode(), si.vesselName(), si.voyageNo(), si.portOfLoading(), si.portOfDischarge(),
                si.placeOfDelivery(), si.estimatedDeparture(), si.bondedAreaCode(), si.bondedAreaName(),
                si.inHouseReference(), si.goods(), null);
    }

    private static ReadBack readUnoy(Object document) {
        ReadBack read = ReadBack.read(OutboundMessages.write(document, envelope("UNOY", 4)).bytes(), StandardCharsets.UTF_8);
        assertThat(envelopeErrors(read)).isEmpty();
        return read;
    }

    /**
     * StAEDI's errors, less two: its syntax 4 code lists of message types (0065) and releases (0054)
     * predate VERMAS D16A, so it flags a valid VERMAS UNH; the writer ignores them for the same reason.
     */
    private static List<String> envelopeErrors(ReadBack read) {
        return read.errors().stream().filter(error -> !error.equals("UNH element 2: INVALID_CODE_VALUE 'VERMAS'")
                && !error.equals("UNH element 2: INVALID_CODE_VALUE '16A'")).toList();
    }

    private static ReadBack.Segment party(ReadBack read, String qualifier) {
        return read.withTag("NAD").stream().filter(nad -> qualifier.equals(nad.value(1, 1))).findFirst()
                .orElseThrow(() -> new AssertionError("no NAD+" + qualifier));
    }

    /** Parses with the structure of the directory UNH names: a misplaced segment or a missing mandatory one fails. */
    private static StreamedMessage structure(byte[] interchange) {
        List<StreamedMessage> messages = STRUCTURE.readAll(interchange);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    /** No BOM, no line breaks: some partners' translators count every byte. */
    private static void assertPlainBytes(byte[] bytes) {
        assertThat(bytes).doesNotContain((byte) '\n', (byte) '\r');
        assertThat(bytes[0]).isEqualTo((byte) 'U');
    }

    /** The decoded interchange with a line break after each segment terminator (not after a released {@code ?'}). */
    static String normalized(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        StringBuilder lines = new StringBuilder(text.length() + 64);
        // UNA is the one segment whose characters are not read as delimiters
        int start = text.startsWith("UNA") ? 9 : 0;
        lines.append(text, 0, start).append(start > 0 ? "\n" : "");
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            lines.append(c);
            if (c == '?' && i + 1 < text.length()) {
                lines.append(text.charAt(++i));
            } else if (c == '\'') {
                lines.append('\n');
            }
        }
        return lines.toString();
    }

    /** A missing golden file reads as empty, so the first run leaves the actual text to review and check in. */
    private static byte[] golden(String name) {
        try {
            return TestFiles.edi("write/outbound/" + name);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** On a mismatch, leaves the actual text under target/ so a reviewer can diff it. */
    private static void assertGolden(String name, String actual, String expected) {
        if (!actual.equals(expected)) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "golden-actual"));
                Files.writeString(dir.resolve(name), actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(actual).isEqualTo(expected);
    }
}

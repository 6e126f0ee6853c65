package io.minato.hub.mappings.edifact.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.edifact.TestFiles;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.MessageStream;
import io.minato.hub.mappings.edifact.stream.SegmentValues;
import io.minato.hub.mappings.edifact.stream.StrictDom;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parse → model → write per message type: each {@code edi/roundtrip/<type>-input.edi} has messy
 * syntax (other UNA separators, decimal comma, no UNA, LF/CRLF after segments, a BOM, needless and
 * needed release characters, trailing separators, padded numbers); its {@code <type>-expected.edi}
 * is the normalized form, written by hand.
 */
class RoundTripGoldenTest {

    private static final EdifactStreamReader READER = new EdifactStreamReader();
    private static final InterchangeNormalizer NORMALIZER = new InterchangeNormalizer(READER);
    private static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "iftmbc, ISO-8859-1", "iftman, ISO-8859-1", "iftmcs, UTF-8", "coparn, US-ASCII", "iftsta, ISO-8859-1",
            "codeco, US-ASCII", "coarri, US-ASCII", "aperak, ISO-8859-1", "iftmbf, ISO-2022-JP", "iftmin, ISO-8859-1",
            "vermas, UTF-8"})
    void normalizesToTheGoldenFileWhichIsAFixedPointWithTheSameModel(String type, String charsetName) {
        Charset charset = Charset.forName(charsetName);
        byte[] input = TestFiles.edi("roundtrip/" + type + "-input.edi");
        byte[] expected = TestFiles.edi("roundtrip/" + type + "-expected.edi");

        byte[] normalized = NORMALIZER.normalize(input);

        // text first for a readable diff, then the bytes (escape sequences, no BOM)
        assertThat(new String(normalized, charset)).isEqualTo(new String(expected, charset));
        assertThat(normalized).isEqualTo(expected);
        assertThat(NORMALIZER.normalize(expected)).isEqualTo(expected);
        assertThat(model(input)).isEqualTo(model(expected));
        assertThat(segments(input)).isEqualTo(segments(expected));

        ReadBack read = charset.equals(ISO_2022_JP) ? ReadBack.readDecoded(expected, charset) : ReadBack.read(expected, charset);
        // StAEDI's code lists are dated (syntax 3 stops at UNOF, UNH releases at 02A): the same two
        // positions the writer lets through (StaediSegments), nothing else
        assertThat(read.errors()).allMatch(error -> error.matches("(UNB element 1|UNH element 2): INVALID_CODE_VALUE '"
                + "(UNOX|UNOY|VERMAS|16A)'"));
        assertThat(read.segments()).hasSize(segments(expected).size() + 1); // and UNA
    }

    @Test
    void neverWritesLineBreaksOrByteOrderMark() {
        byte[] input = TestFiles.edi("roundtrip/iftmcs-input.edi");
        assertThat(input).startsWith(0xEF, 0xBB, 0xBF).contains('\r', '\n');

        byte[] normalized = NORMALIZER.normalize(input);

        assertThat(normalized).startsWith("UNA:+.? 'UNB+UNOY:3+".getBytes(StandardCharsets.US_ASCII))
                .doesNotContain('\r').doesNotContain('\n');
    }

    @Test
    void keepsJapaneseTextInUtf8ForUnoy() {
        byte[] normalized = NORMALIZER.normalize(TestFiles.edi("roundtrip/iftmcs-input.edi"));

        assertThat(normalized).containsSequence("NAD+CN+++ACME?+CO?:LTD+".getBytes(StandardCharsets.UTF_8))
                .containsSequence("FTX+AAI+++株式会社ミナト?+物流 御中'".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesJapaneseTextAsIso2022JpEscapesForUnox() {
        byte[] normalized = NORMALIZER.normalize(TestFiles.edi("roundtrip/iftmbf-input.edi"));

        // ESC $ B shifts to JIS X 0208, ESC ( B back to ASCII before the release character and '+'
        assertThat(normalized).containsSequence(0x1B, '$', 'B').containsSequence(0x1B, '(', 'B')
                .containsSequence("冷凍貨物 ?+5度 保管?: 要注意'".getBytes(ISO_2022_JP));
        assertThat(new String(normalized, ISO_2022_JP)).contains("NAD+CZ+++日本自動車部品株式会社+名古屋市中村区名駅5-1'");
    }

    @Test
    void writesSyntax4RepetitionsWithTheDefaultSeparatorAndReleasesALiteralOne() {
        String normalized = new String(NORMALIZER.normalize(TestFiles.edi("roundtrip/vermas-input.edi")), StandardCharsets.UTF_8);

        assertThat(normalized).startsWith("UNA:+.?*'UNB+UNOY:4+")
                .contains("'COM+0312345678:TE*vgm@minato.example:EM'")
                .contains("'NAD+SPC+++ACME?+CO?:LTD ?*1'");
    }

    @Test
    void laysSyntax3RepetitionsOutAsElementPositions() {
        // D16A COM repeats C076 up to 3 times; under syntax 3 UNA reserves the repetition position
        // and the reader takes the repeats from consecutive element positions
        byte[] input = ("UNA:+.? 'UNB+UNOC:3+S:ZZZ+R:ZZZ+240407:0930+1'UNH+1+VERMAS:D:16A:UN'BGM+749+V1+9'"
                + "NAD+TB'CTA+RP'COM++vgm@minato.example:EM'UNT+6+1'UNZ+1+1'").getBytes(StandardCharsets.ISO_8859_1);

        byte[] normalized = NORMALIZER.normalize(input);

        assertThat(normalized).isEqualTo(input);
    }

    @Test
    void releasesTheReleaseCharacterItselfAndDropsNeedlessReleases() {
        byte[] input = ("UNA:+.? 'UNB+UNOC:3+S:ZZZ+R:ZZZ+240315:0830+1'UNH+1+IFTMBC:D:99B:UN'BGM+770+B?K1+9'"
                + "FTX+AAI+++WHY?? 50?% OFF'UNT+4+1'UNZ+1+1'").getBytes(StandardCharsets.ISO_8859_1);

        String normalized = new String(NORMALIZER.normalize(input), StandardCharsets.ISO_8859_1);

        assertThat(normalized).contains("'BGM+770+BK1+9'FTX+AAI+++WHY?? 50% OFF'");
    }

    @Test
    void padsTheUnbTimeTheReaderReadsAsANumber() {
        byte[] input = ("UNB+UNOC:3+S:ZZZ+R:ZZZ+010101:0005+1'UNH+1+IFTMBC:D:99B:UN'BGM+770+BK1+9'UNT+3+1'UNZ+1+1'")
                .getBytes(StandardCharsets.ISO_8859_1);

        String normalized = new String(NORMALIZER.normalize(input), StandardCharsets.ISO_8859_1);

        assertThat(normalized).startsWith("UNA:+.? 'UNB+UNOC:3+S:ZZZ+R:ZZZ+010101:0005+1'");
    }

    /** Header, UNB and every message's DOM as the streaming reader builds them. */
    private static List<String> model(byte[] interchange) {
        List<String> model = new ArrayList<>();
        try (MessageStream messages = READER.open(new ByteArrayInputStream(interchange))) {
            model.add(messages.header().toString());
            model.add(StrictDom.of(messages.unb()));
            messages.forEachRemaining(message -> model.add(StrictDom.of(message.document())));
        }
        return model;
    }

    /** Every segment UNB…UNZ by position, UNG/UNE/UNZ included. */
    private static List<SegmentValues> segments(byte[] interchange) {
        List<SegmentValues> segments = new ArrayList<>();
        try (MessageStream messages = READER.open(new ByteArrayInputStream(interchange))) {
            messages.replay(true, segments::add);
        }
        return segments;
    }
}

package io.minato.hub.mappings.edifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import io.minato.hub.mappings.support.MappingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IftmbcReaderRejectionTest {

    private static IftmbcReader reader;

    @BeforeAll
    static void warmUp() {
        reader = SharedIftmbcReader.get();
    }

    @Test
    void rejectsInterchangeWhenUntCountIsWrong() {
        EdiSyntaxException error = syntaxError(TestFiles.edi("iftmbc-unt-count-wrong.edi"));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentTag()).isEqualTo("UNT");
            assertThat(problem.position().segmentOrdinal()).isEqualTo(7);
            assertThat(problem.position().element()).isEqualTo(1);
            assertThat(problem.position().messageRef()).isEqualTo("1");
            assertThat(problem.position().byteOffset()).isEqualTo(258);
            assertThat(problem.reason()).contains("segment count 5", "6 segments");
        });
        assertThat(error).hasMessageStartingWith("segment UNT #7, element 1 (byte 258) in message 1");
    }

    @Test
    void rejectsTextThatIsNotEdifactAtSegmentOne() {
        EdiSyntaxException error = syntaxError(TestFiles.edi("not-edifact.txt"));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentOrdinal()).isEqualTo(1);
            assertThat(problem.position().byteOffset()).isZero();
            assertThat(problem.reason()).isEqualTo("not a UN/EDIFACT interchange: no UNB interchange header at the start");
        });
    }

    @Test
    void rejectsBareMessageWithoutUnb() {
        byte[] raw = new String(TestFiles.edi("iftmbc-release-character.edi"), StandardCharsets.US_ASCII)
                .replaceFirst("UNB[^']*'\n", "").getBytes(StandardCharsets.US_ASCII);

        EdiSyntaxException error = syntaxError(raw);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(new EdiPosition(null, null, 1, "UNH", 0, 0, 0));
            assertThat(problem.reason()).endsWith("no UNB interchange header, it starts with UNH");
        });
    }

    @Test
    void rejectsUnsupportedMessageTypeAtUnhElementTwo() {
        EdiSyntaxException error = syntaxError(TestFiles.edi("iftmin-unsupported-type.edi"));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(new EdiPosition("SI0000001", "1", 2, "UNH", 2, 0, 60));
            assertThat(problem.reason())
                    .isEqualTo("message type IFTMIN:D:96A:UN is not supported here (supported: IFTMBC)");
        });
    }

    @Test
    void rejectsMessageWithoutBookingNumberNamingBgm() {
        Throwable thrown = catchThrowable(() -> reader.read(TestFiles.edi("iftmbc-no-booking-number.edi")));
        assertThat(thrown).isInstanceOf(MappingException.class);
        MappingException error = (MappingException) thrown;

        assertThat(error.position().segmentTag()).isEqualTo("BGM");
        assertThat(error.position().segmentOrdinal()).isEqualTo(3);
        assertThat(error.position().element()).isEqualTo(2);
        assertThat(error).hasMessageContaining("no booking number");
    }

    @Test
    void rejectsSegmentUnknownToIftmbcWhereItIs() {
        byte[] raw = new String(TestFiles.edi("iftmbc-release-character.edi"), StandardCharsets.US_ASCII)
                .replace("RFF+BN:", "XYZ+1'\nRFF+BN:").replace("UNT+6+1", "UNT+7+1")
                .getBytes(StandardCharsets.US_ASCII);

        EdiSyntaxException error = syntaxError(raw);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentTag()).isEqualTo("XYZ");
            assertThat(problem.position().segmentOrdinal()).isEqualTo(4);
            assertThat(problem.reason()).isEqualTo("segment XYZ is not defined in IFTMBC:D:99B:UN");
        });
    }

    /**
     * The DFDL parser turned such a message into BadMessage, so the rejection could only name its
     * UNH (#2); the streaming reader names the segment it has no place for.
     */
    @Test
    void rejectsSegmentsOutOfOrderAtTheSegmentOutOfPlace() {
        byte[] raw = new String(TestFiles.edi("iftmbc-release-character.edi"), StandardCharsets.US_ASCII)
                .replace("RFF+BN:ONEYTYOA77777700'\n", "")
                .replace("UNT+6+1", "RFF+BN:ONEYTYOA77777700'\nUNT+6+1")
                .getBytes(StandardCharsets.US_ASCII);

        EdiSyntaxException error = syntaxError(raw);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentTag()).isEqualTo("RFF");
            assertThat(problem.position().segmentOrdinal()).isEqualTo(6);
            assertThat(problem.position().byteOffset()).isEqualTo(233);
            assertThat(problem.position().messageRef()).isEqualTo("1");
            assertThat(problem.reason()).contains("not allowed here", "IFTMBC:D:99B", "after NAD");
        });
    }

    @Test
    void rejectsUnzCountAndReferenceMismatchTogether() {
        byte[] raw = new String(TestFiles.edi("iftmbc-release-character.edi"), StandardCharsets.US_ASCII)
                .replace("UNZ+1+IB0000124", "UNZ+2+IB0000999").getBytes(StandardCharsets.US_ASCII);

        EdiSyntaxException error = syntaxError(raw);

        assertThat(error.problems()).extracting(p -> p.position().segmentTag() + "#" + p.position().segmentOrdinal()
                + "." + p.position().element()).containsExactly("UNZ#8.1", "UNZ#8.2");
    }

    @Test
    void rejectsBytesInvalidForTheDeclaredCharsetWithTheirOffset() {
        byte[] raw = new String(TestFiles.edi("iftmbc-release-character.edi"), StandardCharsets.US_ASCII)
                .replace("DUBLIN", "DÜBLIN").getBytes(StandardCharsets.ISO_8859_1);

        EdiSyntaxException error = syntaxError(raw);

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position().segmentTag()).isEqualTo("NAD");
            assertThat(problem.position().segmentOrdinal()).isEqualTo(6);
            assertThat(problem.reason()).contains("0xDC", "US-ASCII", "UNOA");
        });
    }

    private static EdiSyntaxException syntaxError(byte[] raw) {
        Throwable thrown = catchThrowable(() -> reader.read(raw));
        assertThat(thrown).isInstanceOf(EdiSyntaxException.class);
        return (EdiSyntaxException) thrown;
    }
}

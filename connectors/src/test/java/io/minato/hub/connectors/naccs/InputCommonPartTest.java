package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class InputCommonPartTest {

    static final InputCommonPart INPUT = new InputCommonPart("ECR", "ABCDE", "Y01", "pass1234",
            "HUB-0001", "0000000042", "deal=42", InputCommonPart.SEA);

    @Test
    void writesEveryItemAtItsOffset() {
        byte[] bytes = INPUT.encode(1234);

        assertThat(bytes).hasSize(400);
        assertThat(text(bytes, 0, 3)).isEqualTo("   ");
        assertThat(text(bytes, 3, 8)).isEqualTo("ECR  ");
        assertThat(text(bytes, 8, 29)).isBlank();
        assertThat(text(bytes, 29, 34)).isEqualTo("ABCDE");
        assertThat(text(bytes, 34, 37)).isEqualTo("Y01");
        assertThat(text(bytes, 37, 45)).isEqualTo("pass1234");
        assertThat(text(bytes, 219, 245)).isEqualTo("HUB-0001" + " ".repeat(18));
        assertThat(text(bytes, 253, 263)).isEqualTo("0000000042");
        assertThat(text(bytes, 263, 363)).isEqualTo("deal=42" + " ".repeat(93));
        assertThat(text(bytes, 364, 365)).isEqualTo("2");
        assertThat(text(bytes, 392, 398)).isEqualTo("001234");
        assertThat(text(bytes, 398, 400)).isEqualTo("\r\n");
    }

    @Test
    void roundTrips() {
        assertThat(InputCommonPart.decode(INPUT.encode(400))).isEqualTo(INPUT);
    }

    @Test
    void rejectsOverlongValueNamingItemAndOffset() {
        InputCommonPart tooLong = new InputCommonPart("ECR", "ABCDE", "Y01", "pass1234",
                "X".repeat(27), "", "", "2");

        assertThatThrownBy(() -> tooLong.encode(400))
                .isInstanceOfSatisfying(NaccsFormatException.class, e -> {
                    assertThat(e.position()).isEqualTo(ItemPosition.common("handOverInfo", 219));
                    assertThat(e.getMessage()).contains("handOverInfo", "byte 219", "27 bytes", "holds 26");
                });
    }

    @Test
    void countsJapaneseValuesByTheirBytesInTheMessageCharset() {
        // 8 characters: 24 bytes in UTF-8, 16 in EUC-JP; the item holds 26 bytes
        String reference = "輸出貨物情報登録";
        InputCommonPart japanese = new InputCommonPart("ECR", "ABCDE", "Y01", "pass1234", reference, "",
                "", "2");
        Charset eucJp = Charset.forName("EUC-JP");

        byte[] utf8 = japanese.encode(400, StandardCharsets.UTF_8);
        byte[] euc = japanese.encode(400, eucJp);

        assertThat(text(utf8, 219 + 24, 245)).isEqualTo("  ");
        assertThat(new String(euc, 219 + 16, 10, eucJp)).isBlank();
        assertThat(InputCommonPart.decode(euc, eucJp).handOverInfo()).isEqualTo(reference);
        assertThat(text(utf8, 253, 263)).isBlank();
    }

    @Test
    void rejectsJapaneseValueThatWouldNeedASplitCharacter() {
        // 9 characters × 3 bytes = 27 bytes: one too many, and never cut inside a character
        InputCommonPart japanese = new InputCommonPart("ECR", "ABCDE", "Y01", "pass1234",
                "輸出貨物情報登録業", "", "", "2");

        assertThatThrownBy(() -> japanese.encode(400))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("item handOverInfo at byte 219")
                .hasMessageContaining("27 bytes in UTF-8")
                .hasMessageContaining("never split");
    }

    @Test
    void rejectsCharactersTheCharsetCannotRepresent() {
        InputCommonPart emoji = new InputCommonPart("ECR", "ABCDE", "Y01", "pass1234", "ship 🚢", "", "", "2");

        assertThatThrownBy(() -> emoji.encode(400, Charset.forName("Shift_JIS")))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("cannot represent");
    }

    @Test
    void masksThePasswordInACopy() {
        byte[] raw = INPUT.encode(400);

        byte[] masked = InputCommonPart.maskPassword(raw);

        assertThat(text(masked, 37, 45)).isEqualTo("********");
        assertThat(text(raw, 37, 45)).isEqualTo("pass1234");
        assertThat(Arrays.copyOfRange(masked, 0, 37)).isEqualTo(Arrays.copyOfRange(raw, 0, 37));
        assertThat(Arrays.copyOfRange(masked, 45, 400)).isEqualTo(Arrays.copyOfRange(raw, 45, 400));
        assertThat(INPUT.toString()).doesNotContain("pass1234");
    }

    @Test
    void rejectsMessageLengthOutsideNaccsLimits() {
        assertThatThrownBy(() -> INPUT.encode(700_001))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("messageLength at byte 392");
    }

    static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}

package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NaccsLayoutTest {

    /** The deployable layouts, as the config module ships them. */
    static final Path LAYOUTS = Path.of("../config/naccs/layouts");

    static final NaccsLayout SMALL = NaccsLayout.parse("small", """
            # a test layout
            @code TST
            @version 1
            code      CODE  5  X  M
            count     CONT  4  9  M       # numeric
            name      NAME  10 X  O
            container CNNO  4  X  O  2
            @group 2
            hsCode    HSCD  3  9  O
            text      TEXT  2  X  O
            @end
            """);

    @Test
    void encodesFixedLengthItemsEachFollowedByCrlf() {
        Map<String, String> values = Map.of("code", "AB", "count", "12", "container[2]", "C2",
                "hsCode[2]", "7", "text[1]", "t1");

        byte[] bytes = SMALL.encode(values, StandardCharsets.UTF_8);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "AB   \r\n0012\r\n          \r\n    \r\nC2  \r\n   \r\nt1\r\n007\r\n  \r\n");
        assertThat(bytes).hasSize(SMALL.length());
    }

    @Test
    void decodesWhatItEncodes() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("code", "AB");
        values.put("count", "12");
        values.put("name", "港湾 物流");
        values.put("container[1]", "C1");
        values.put("hsCode[1]", "10");
        values.put("text[2]", "zz");

        byte[] bytes = SMALL.encode(values, Charset.forName("EUC-JP"));

        assertThat(SMALL.decode(bytes, Charset.forName("EUC-JP"))).isEqualTo(values);
    }

    @Test
    void rightJustifiesNumericItemsWithZerosAndKeepsDecimals() {
        NaccsLayout weights = NaccsLayout.parse("weights", "@code W\n@version 1\nweight GRWT 10 9 M\n");

        byte[] bytes = weights.encode(Map.of("weight", "1234.5"), StandardCharsets.UTF_8);

        assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo("00001234.5\r\n");
        assertThat(weights.decode(bytes, StandardCharsets.UTF_8)).containsEntry("weight", "1234.5");
        assertThat(weights.decode("0000000000\r\n".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8))
                .containsEntry("weight", "0");
    }

    @Test
    void rejectsLettersInANumericItemNamingItemAndOffset() {
        assertThatThrownBy(() -> SMALL.encode(Map.of("count", "12a"), StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(NaccsFormatException.class, e ->
                        assertThat(e.position()).isEqualTo(new ItemPosition("count", "CONT", 407, 0)));
    }

    @Test
    void rejectsJapaneseValueLongerThanItsItemInBytes() {
        // 4 characters: 8 bytes in Shift_JIS fit 10, 12 bytes in UTF-8 fit too; 5 in UTF-8 (15) do not
        assertThat(SMALL.encode(Map.of("name", "輸出申告"), Charset.forName("Shift_JIS"))).isNotEmpty();
        assertThatThrownBy(() -> SMALL.encode(Map.of("name", "輸出申告書"), StandardCharsets.UTF_8))
                .isInstanceOf(NaccsFormatException.class)
                .hasMessageContaining("item name (NAME) at byte 413")
                .hasMessageContaining("15 bytes in UTF-8 but the item holds 10");
    }

    @Test
    void rejectsKeysTheLayoutDoesNotHave() {
        assertThatThrownBy(() -> SMALL.encode(Map.of("colour", "red"), StandardCharsets.UTF_8))
                .hasMessageContaining("item colour: no such item in layout TST");
        assertThatThrownBy(() -> SMALL.encode(Map.of("container[3]", "C3"), StandardCharsets.UTF_8))
                .hasMessageContaining("repeats 2 times");
    }

    @Test
    void listsMissingMandatoryItemsWithTheirPositions() {
        assertThat(SMALL.missingMandatory(Map.of("name", "x")))
                .containsExactly(new ItemPosition("code", "CODE", 400, 0), new ItemPosition("count", "CONT", 407, 0));
        assertThat(SMALL.missingMandatory(Map.of("code", "A", "count", "1"))).isEmpty();
    }

    @Test
    void rejectsABusinessPartOfTheWrongLength() {
        byte[] bytes = SMALL.encode(Map.of("code", "AB"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SMALL.decode(java.util.Arrays.copyOf(bytes, 20), StandardCharsets.UTF_8))
                .hasMessageContaining("business part ends at byte 420");
        assertThatThrownBy(() -> SMALL.decode(java.util.Arrays.copyOf(bytes, bytes.length + 3),
                StandardCharsets.UTF_8))
                .hasMessageContaining("3 bytes after the last item");
    }

    @Test
    void reportsLayoutFileErrorsWithLine() {
        assertThatThrownBy(() -> NaccsLayout.parse("bad.layout", "@code X\n@version 1\nname NAME ten X M\n"))
                .hasMessageStartingWith("bad.layout line 3");
    }

    @Test
    void loadsTheEcrLayoutFile() {
        NaccsLayout ecr = NaccsLayouts.at(LAYOUTS.toString()).find("ECR  ").orElseThrow();

        assertThat(ecr.code()).isEqualTo("ECR");
        assertThat(ecr.version()).contains("approx");
        assertThat(ecr.items()).extracting(LayoutItem::name).contains("bondedAreaCode", "exporterName",
                "containerNumber", "inHouseReference");
        assertThat(ecr.items()).filteredOn(LayoutItem::repeats).extracting(LayoutItem::name)
                .containsExactly("containerNumber");
        assertThat(ecr.missingMandatory(Map.of())).extracting(ItemPosition::abbreviation)
                .startsWith("BDCD", "EXNM");
        assertThat(NaccsLayouts.at(LAYOUTS.toString()).find("XYZ")).isEmpty();
        assertThat(List.of(ecr.encode(Map.of(), StandardCharsets.UTF_8).length)).containsExactly(ecr.length());
    }

    @Test
    void readsDisplayNamesAndTheSourceOfTheTable() {
        NaccsLayout layout = NaccsLayout.parse("named", """
                @code TST
                @version 1
                @title-ja 試験業務
                @title-en Test business
                @source first line,
                @source second line
                code  CODE  5  X  M  | 試験コード | Test code   # trailing comment
                plain PLAN  2  X  O
                """);

        assertThat(layout.description()).isEqualTo(
                new NaccsLayout.Description("試験業務", "Test business", "first line, second line"));
        assertThat(layout.items()).extracting(LayoutItem::japaneseName, LayoutItem::englishName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("試験コード", "Test code"),
                        org.assertj.core.groups.Tuple.tuple(null, null));
        assertThatThrownBy(() -> NaccsLayout.parse("half", "@code X\n@version 1\ncode CODE 5 X M | 名前\n"))
                .hasMessageContaining("half line 3: display names");
    }
}

package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The codec against every layout file the config module ships, so a new or replaced file is covered. */
class ShippedLayoutCodecTest {

    private static final NaccsLayouts SHIPPED = NaccsLayouts.at(NaccsLayoutTest.LAYOUTS.toString());
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    /** Full-width characters every charset here represents, 2 bytes in EUC-JP and Shift_JIS, 3 in UTF-8. */
    private static final String FULL_WIDTH = "輸出申告港湾物流貨物情報登録照会コンテナ船積";

    static Stream<Named<NaccsLayout>> layouts() {
        List<String> files = SHIPPED.fileNames();
        assertThat(files).hasSizeGreaterThanOrEqualTo(22);
        return files.stream().map(file -> Named.of(file, SHIPPED.find(file.replace(".layout", "")).orElseThrow()));
    }

    static Stream<Arguments> layoutsAndCharsets() {
        return layouts().flatMap(layout -> Stream.of(StandardCharsets.UTF_8, EUC_JP, SHIFT_JIS)
                .map(charset -> Arguments.of(layout, charset)));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void roundTripsEveryItemFilledToItsByteLength(NaccsLayout layout) {
        Map<String, String> values = fill(layout, item -> ascii(item.length()));

        byte[] bytes = layout.encode(values, StandardCharsets.UTF_8);

        assertThat(bytes).hasSize(layout.length());
        assertThat(layout.decode(bytes, StandardCharsets.UTF_8)).isEqualTo(values);
        // full items leave no padding: every byte is a value byte or a CRLF
        assertThat(new String(bytes, StandardCharsets.US_ASCII)).doesNotContain(" ");
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void totalLengthCountsEveryRepetitionAndItsCrlf(NaccsLayout layout) {
        int expected = layout.items().stream().mapToInt(item -> (item.length() + 2) * item.repeat()).sum();

        assertThat(layout.length()).isEqualTo(expected);
        assertThat(layout.encode(Map.of(), StandardCharsets.UTF_8)).hasSize(expected);
        assertThat(NaccsMessage.COMMON_PART_LENGTH + layout.length()).isLessThanOrEqualTo(NaccsMessage.MAX_LENGTH);
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCharsets")
    void roundTripsFullWidthJapaneseFillingEachAlphanumericItem(NaccsLayout layout, Charset charset) {
        int bytesPerCharacter = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        Map<String, String> values = fill(layout, item -> item.type() == LayoutItem.Type.NUMERIC
                ? ascii(item.length())
                : fullWidth(item.length() / bytesPerCharacter) + "A".repeat(item.length() % bytesPerCharacter));

        byte[] bytes = layout.encode(values, charset);

        assertThat(bytes).hasSize(layout.length());
        assertThat(layout.decode(bytes, charset)).isEqualTo(values);
    }

    /**
     * Half as many full-width characters as an item has bytes fill it exactly in EUC-JP and Shift_JIS
     * (2 bytes each) but are half as long again in UTF-8 (3 bytes each): the same value must be
     * accepted in the first two and rejected in UTF-8, naming the item and its byte offset.
     */
    @ParameterizedTest
    @MethodSource("layouts")
    void rejectsFullWidthTextThatFitsInTwoByteCharsetsButNotInUtf8(NaccsLayout layout) {
        byte[] ascii = layout.encode(fill(layout, item -> ascii(item.length())), StandardCharsets.UTF_8);
        for (LayoutItem item : layout.items()) {
            if (item.type() != LayoutItem.Type.ALPHANUMERIC || item.length() < 2) {
                continue;
            }
            String key = firstKey(item);
            String value = fullWidth(item.length() / 2) + "A".repeat(item.length() % 2);
            int utf8Bytes = 3 * (item.length() / 2) + item.length() % 2;

            assertThat(layout.decode(layout.encode(Map.of(key, value), EUC_JP), EUC_JP)).containsEntry(key, value);
            assertThat(layout.decode(layout.encode(Map.of(key, value), SHIFT_JIS), SHIFT_JIS))
                    .containsEntry(key, value);
            assertThatThrownBy(() -> layout.encode(Map.of(key, value), StandardCharsets.UTF_8))
                    .isInstanceOfSatisfying(NaccsFormatException.class, e -> {
                        assertThat(e.reason()).isEqualTo("value is " + utf8Bytes + " bytes in UTF-8 but the item"
                                + " holds " + item.length() + " (multibyte characters count by their bytes and are"
                                + " never split)");
                        assertThat(e.position().item()).isEqualTo(item.name());
                        assertThat(e.position().abbreviation()).isEqualTo(item.abbreviation());
                        assertThat(e.position().repeat()).isEqualTo(item.repeats() ? 1 : 0);
                        // the offset is where the item's bytes really are in an encoded business part
                        int at = (int) e.position().byteOffset() - NaccsMessage.COMMON_PART_LENGTH;
                        assertThat(new String(Arrays.copyOfRange(ascii, at, at + item.length()),
                                StandardCharsets.US_ASCII)).isEqualTo(ascii(item.length()));
                        assertThat(new String(ascii, at + item.length(), 2, StandardCharsets.US_ASCII))
                                .isEqualTo("\r\n");
                    });
        }
    }

    @ParameterizedTest
    @MethodSource("layoutsAndCharsets")
    void rejectsOneFullWidthCharacterInAOneByteItem(NaccsLayout layout, Charset charset) {
        layout.items().stream().filter(item -> item.type() == LayoutItem.Type.ALPHANUMERIC && item.length() == 1)
                .forEach(item -> assertThatThrownBy(() -> layout.encode(Map.of(firstKey(item), "空"), charset))
                        .isInstanceOf(NaccsFormatException.class)
                        .hasMessageContaining("item " + item.name() + " (" + item.abbreviation() + ")")
                        .hasMessageContaining(" bytes in " + charset.name() + " but the item holds 1"));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void reportsEveryMandatoryItemOnceAndNothingWhenAllAreFilled(NaccsLayout layout) {
        List<ItemPosition> missing = layout.missingMandatory(Map.of());

        assertThat(missing).extracting(ItemPosition::item).containsExactlyInAnyOrderElementsOf(
                layout.items().stream().filter(LayoutItem::mandatory).map(LayoutItem::name).toList());
        assertThat(missing).allSatisfy(position -> assertThat(position.repeat()).isLessThanOrEqualTo(1));
        assertThat(layout.missingMandatory(fill(layout, item -> ascii(item.length())))).isEmpty();
    }

    /** Every key of the layout (each repetition) with a value for its item. */
    private static Map<String, String> fill(NaccsLayout layout, Function<LayoutItem, String> value) {
        Map<String, String> values = new LinkedHashMap<>();
        for (LayoutItem item : layout.items()) {
            if (item.repeats()) {
                for (int r = 1; r <= item.repeat(); r++) {
                    values.put(NaccsLayout.key(item.name(), r), value.apply(item));
                }
            } else {
                values.put(item.name(), value.apply(item));
            }
        }
        return values;
    }

    private static String firstKey(LayoutItem item) {
        return item.repeats() ? NaccsLayout.key(item.name(), 1) : item.name();
    }

    /** Digits only, so numeric items take it too; starts with 1 so no padding zero is stripped. */
    private static String ascii(int length) {
        StringBuilder text = new StringBuilder("1");
        while (text.length() < length) {
            text.append((char) ('0' + text.length() % 10));
        }
        return text.toString();
    }

    private static String fullWidth(int characters) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < characters; i++) {
            text.append(FULL_WIDTH.charAt(i % FULL_WIDTH.length()));
        }
        return text.toString();
    }
}

package io.minato.hub.connectors.naccs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The business-part layout (業務項目) of one NACCS business or output, loaded from a versioned layout
 * file so that the licensed official item tables can replace the approximations without code change.
 *
 * <p>Layout file format (UTF-8): {@code #} starts a comment; {@code @code ECR} and
 * {@code @version …} are required; {@code @title-ja}, {@code @title-en} and {@code @source} (free
 * text, {@code @source} may repeat to span lines) describe the layout; every other line is one item:
 * <pre>name  abbreviation  length  X|9  M|O  [repeat]  | 日本語名 | English name</pre>
 * {@code X} alphanumeric (left-justified, space-padded), {@code 9} numeric (right-justified,
 * zero-padded; one decimal point allowed), {@code M} mandatory, {@code O} optional. Lines between
 * {@code @group n} and {@code @end} repeat together n times, item by item. Each item is followed
 * by CRLF on the wire; empty items are sent as spaces of full length.
 *
 * <p>Value maps are keyed by item name; a repeating item's values by {@link #key(String, int)}, e.g.
 * {@code containerNumber[1]}. Byte offsets in errors count from the start of the whole message,
 * so the first business item is at byte 400.
 */
public final class NaccsLayout {

    /** One written occurrence of an item; offset within the business part. */
    record Slot(LayoutItem item, int repeat, int offset) {
        String key() {
            return repeat == 0 ? item.name() : NaccsLayout.key(item.name(), repeat);
        }

        ItemPosition position() {
            return new ItemPosition(item.name(), item.abbreviation(),
                    NaccsMessage.COMMON_PART_LENGTH + (long) offset, repeat);
        }
    }

    /**
     * What a layout is and where its item table comes from; every field null in test layouts.
     *
     * @param titleJa business or output name in Japanese (業務名), e.g. 輸出貨物情報登録
     * @param titleEn its English name
     * @param source  where the item table was taken from (the official table, or which public sources
     *                an approximation rests on)
     */
    public record Description(String titleJa, String titleEn, String source) {
    }

    /**
     * Where the layout was read from and the line of each header and item, so that checks made after
     * parsing (registry, shipped-set strictness) name the line to fix.
     */
    record Origin(String file, Map<String, Integer> lines) {
        Origin {
            lines = Map.copyOf(lines);
        }

        /** Line of an item or header ({@code @code}), 0 if it is not in the file. */
        int line(String name) {
            return lines.getOrDefault(name, 0);
        }
    }

    private final String code;
    private final String version;
    private final Description description;
    private final List<LayoutItem> items;
    private final List<Slot> slots;
    private final int length;
    private final Origin origin;

    NaccsLayout(String code, String version, List<LayoutItem> items, List<Slot> slots, Description description,
                Origin origin) {
        this.code = code;
        this.origin = origin;
        this.version = version;
        this.description = description;
        this.items = List.copyOf(items);
        this.slots = List.copyOf(slots);
        this.length = slots.stream().mapToInt(slot -> slot.item().length() + 2).sum();
    }

    public static NaccsLayout parse(String source, String text) {
        return LayoutParser.parse(source, text);
    }

    public static NaccsLayout fromFile(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NACCS layout " + file, e);
        }
    }

    /** Loads e.g. {@code naccs/layouts/ECR.layout} from the context class loader. */
    public static NaccsLayout fromClasspath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : NaccsLayout.class.getClassLoader())
                .getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no NACCS layout on the classpath at " + resource);
            }
            return parse("classpath:" + resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NACCS layout " + resource, e);
        }
    }

    /** Value-map key of one repetition of a repeating item: {@code name[repeat]}, 1-based. */
    public static String key(String name, int repeat) {
        return name + "[" + repeat + "]";
    }

    /** Business code or output information code the layout is for. */
    public String code() {
        return code;
    }

    public String version() {
        return version;
    }

    public Description description() {
        return description;
    }

    Origin origin() {
        return origin;
    }

    public List<LayoutItem> items() {
        return items;
    }

    /** Byte length of the business part, all CRLFs included. */
    public int length() {
        return length;
    }

    public byte[] encode(Map<String, String> values, Charset charset) {
        checkKeys(values);
        byte[] bytes = new byte[length];
        for (Slot slot : slots) {
            String value = values.get(slot.key());
            if (slot.item().type() == LayoutItem.Type.NUMERIC) {
                FixedFields.putNumeric(bytes, slot.offset(), slot.item().length(), value, slot.position());
            } else {
                FixedFields.putAlphanumeric(bytes, slot.offset(), slot.item().length(), value, charset,
                        slot.position());
            }
            FixedFields.putCrlf(bytes, slot.offset() + slot.item().length());
        }
        return bytes;
    }

    /** Values of the non-blank items, in layout order. */
    public Map<String, String> decode(byte[] businessPart, Charset charset) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Slot slot : slots) {
            int end = slot.offset() + slot.item().length();
            if (end + 2 > businessPart.length) {
                throw new NaccsFormatException(slot.position(), "business part ends at byte "
                        + (NaccsMessage.COMMON_PART_LENGTH + businessPart.length) + ", layout " + code + " "
                        + version + " needs " + length + " bytes");
            }
            String value = slot.item().type() == LayoutItem.Type.NUMERIC
                    ? FixedFields.getNumeric(businessPart, slot.offset(), slot.item().length(), slot.position())
                    : FixedFields.getAlphanumeric(businessPart, slot.offset(), slot.item().length(), charset,
                    slot.position());
            FixedFields.requireCrlf(businessPart, end, slot.position());
            if (!value.isEmpty()) {
                values.put(slot.key(), value);
            }
        }
        if (businessPart.length > length) {
            throw new NaccsFormatException(new ItemPosition("businessPart", null,
                    NaccsMessage.COMMON_PART_LENGTH + (long) length, 0),
                    (businessPart.length - length) + " bytes after the last item of layout " + code);
        }
        return values;
    }

    /** Mandatory items without a value (for a repeating item: its first repetition), in order. */
    public List<ItemPosition> missingMandatory(Map<String, String> values) {
        List<ItemPosition> missing = new ArrayList<>();
        for (Slot slot : slots) {
            boolean required = slot.item().mandatory() && slot.repeat() <= 1;
            String value = values.get(slot.key());
            if (required && (value == null || value.isBlank())) {
                missing.add(slot.position());
            }
        }
        return List.copyOf(missing);
    }

    private void checkKeys(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (slots.stream().anyMatch(slot -> slot.key().equals(key))) {
                continue;
            }
            String name = key.contains("[") ? key.substring(0, key.indexOf('[')) : key;
            LayoutItem item = items.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                    .orElseThrow(() -> new NaccsFormatException(new ItemPosition(name, null, -1, 0),
                            "no such item in layout " + code + " " + version));
            throw new NaccsFormatException(new ItemPosition(name, item.abbreviation(), -1, 0), item.repeats()
                    ? "key " + key + " is out of range: the item repeats " + item.repeat() + " times, keys "
                    + key(name, 1) + "…" + key(name, item.repeat())
                    : "the item does not repeat, use the key " + name);
        }
    }

    @Override
    public String toString() {
        return "NaccsLayout[" + code + " " + version + ", " + slots.size() + " items, " + length + " bytes]";
    }
}

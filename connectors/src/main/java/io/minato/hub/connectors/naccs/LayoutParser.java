package io.minato.hub.connectors.naccs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the layout file format (see {@link NaccsLayout}). Errors name the source and line: a bad
 * layout is a deployment mistake and must stop the start-up, not a message.
 */
final class LayoutParser {

    private final String origin;
    private String code;
    private String version;
    private String source;
    private String titleJa;
    private String titleEn;
    private final List<LayoutItem> items = new ArrayList<>();
    private final List<NaccsLayout.Slot> slots = new ArrayList<>();
    /** Line of each header ({@code @code}, …) and item, so that checks after parsing can point at it. */
    private final Map<String, Integer> lines = new HashMap<>();
    private int lineNumber;
    private List<LayoutItem> group;
    private int groupCount;
    private int offset;

    private LayoutParser(String origin) {
        this.origin = origin;
    }

    static NaccsLayout parse(String origin, String text) {
        LayoutParser parser = new LayoutParser(origin);
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            parser.lineNumber = i + 1;
            try {
                parser.line(lines[i].strip());
            } catch (IllegalArgumentException e) {
                throw new NaccsLayoutFileException(origin, i + 1, e.getMessage(), e);
            }
        }
        if (parser.group != null) {
            throw new NaccsLayoutFileException(origin, parser.lines.get("@group"), "@group without @end", null);
        }
        if (parser.code == null || parser.version == null || parser.items.isEmpty()) {
            throw new NaccsLayoutFileException(origin, 0, "a layout needs @code, @version and items", null);
        }
        return new NaccsLayout(parser.code, parser.version, parser.items, parser.slots,
                new NaccsLayout.Description(parser.titleJa, parser.titleEn, parser.source),
                new NaccsLayout.Origin(origin, parser.lines));
    }

    private void line(String text) {
        // '#' starts a comment, whole-line or trailing; no item name or abbreviation contains it
        int hash = text.indexOf('#');
        String line = hash >= 0 ? text.substring(0, hash).strip() : text;
        if (line.isEmpty()) {
            return;
        }
        if (line.startsWith("@title-ja") || line.startsWith("@title-en") || line.startsWith("@source")) {
            text(line);
            return;
        }
        String[] names = line.split("\\|", -1);
        String[] words = names[0].strip().split("\\s+");
        if (words[0].startsWith("@")) {
            lines.put(words[0], lineNumber);
        }
        switch (words[0]) {
            case "@code" -> code = single(words);
            case "@version" -> version = single(words);
            case "@group" -> startGroup(Integer.parseInt(single(words)));
            case "@end" -> endGroup();
            default -> item(words, names);
        }
    }

    /** Header lines whose value is free text (it may contain spaces, not '#'). */
    private void text(String line) {
        int space = line.indexOf(' ');
        String value = space < 0 ? "" : line.substring(space).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(line + " needs a value");
        }
        lines.putIfAbsent(line.substring(0, space), lineNumber);
        switch (line.substring(0, space)) {
            case "@title-ja" -> titleJa = value;
            case "@title-en" -> titleEn = value;
            case "@source" -> source = source == null ? value : source + " " + value;
            default -> throw new IllegalArgumentException("unknown header " + line.substring(0, space));
        }
    }

    private static String single(String[] words) {
        if (words.length != 2) {
            throw new IllegalArgumentException(words[0] + " takes exactly one value");
        }
        return words[1];
    }

    private void item(String[] words, String[] names) {
        if (words.length < 5 || words.length > 6) {
            throw new IllegalArgumentException("expected: name abbreviation length X|9 M|O [repeat] [| 日本語名 | English name]");
        }
        if (names.length != 1 && (names.length != 3 || names[1].isBlank() || names[2].isBlank())) {
            throw new IllegalArgumentException("display names are written '| 日本語名 | English name', both non-empty");
        }
        String japaneseName = names.length == 3 ? names[1].strip() : null;
        String englishName = names.length == 3 ? names[2].strip() : null;
        LayoutItem.Type type = switch (words[3]) {
            case "X" -> LayoutItem.Type.ALPHANUMERIC;
            case "9" -> LayoutItem.Type.NUMERIC;
            default -> throw new IllegalArgumentException("type must be X or 9, not " + words[3]);
        };
        if (!words[4].equals("M") && !words[4].equals("O")) {
            throw new IllegalArgumentException("M (mandatory) or O (optional), not " + words[4]);
        }
        int repeat = words.length == 6 ? Integer.parseInt(words[5]) : 1;
        if (group != null && repeat != 1) {
            throw new IllegalArgumentException("an item inside @group repeats with the group");
        }
        LayoutItem item = new LayoutItem(words[0], words[1], Integer.parseInt(words[2]), type,
                words[4].equals("M"), group != null ? groupCount : repeat, japaneseName, englishName);
        if (items.stream().anyMatch(existing -> existing.name().equals(item.name()))) {
            throw new IllegalArgumentException("item " + item.name() + " is defined twice");
        }
        items.add(item);
        lines.put(item.name(), lineNumber);
        if (group != null) {
            group.add(item);
        } else {
            for (int r = 1; r <= repeat; r++) {
                addSlot(item, repeat > 1 ? r : 0);
            }
        }
    }

    private void startGroup(int count) {
        if (group != null || count < 1) {
            throw new IllegalArgumentException("@group needs a positive count and cannot nest");
        }
        group = new ArrayList<>();
        groupCount = count;
    }

    private void endGroup() {
        if (group == null || group.isEmpty()) {
            throw new IllegalArgumentException("@end without a non-empty @group");
        }
        // NACCS writes repeating groups item by item: all items of repetition 1, then of 2, …
        for (int r = 1; r <= groupCount; r++) {
            for (LayoutItem item : group) {
                addSlot(item, r);
            }
        }
        group = null;
    }

    private void addSlot(LayoutItem item, int repeat) {
        slots.add(new NaccsLayout.Slot(item, repeat, offset));
        offset += item.length() + 2;
    }
}

package io.minato.hub.app.naccs;

import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsLayout;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Item keys as layouts key values: {@code name} for a plain item, {@code name[n]} (1-based) for a repetition. */
final class NaccsItemKeys {

    private static final Pattern KEY = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,4})])?");

    private NaccsItemKeys() {
    }

    static String name(String key) {
        int bracket = key.indexOf('[');
        return bracket < 0 ? key : key.substring(0, bracket);
    }

    static Optional<LayoutItem> item(NaccsLayout layout, String key) {
        String name = name(key);
        return layout.items().stream().filter(item -> item.name().equals(name)).findFirst();
    }

    /** What is wrong with the key for this layout, if anything. */
    static Optional<String> check(NaccsLayout layout, String key) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            return Optional.of("not an item key (name or name[n])");
        }
        Optional<LayoutItem> item = item(layout, key);
        if (item.isEmpty()) {
            return Optional.of("layout " + layout.code() + " " + layout.version() + " has no item " + matcher.group(1));
        }
        if (matcher.group(2) == null) {
            return item.get().repeats() ? Optional.of("the item repeats " + item.get().repeat() + " times: use "
                    + NaccsLayout.key(item.get().name(), 1) + "…") : Optional.empty();
        }
        int repeat = Integer.parseInt(matcher.group(2));
        if (!item.get().repeats()) {
            return Optional.of("the item does not repeat: use the key " + item.get().name());
        }
        return repeat >= 1 && repeat <= item.get().repeat() ? Optional.empty()
                : Optional.of("repetition " + repeat + " is out of range 1…" + item.get().repeat());
    }

    /** "搬入予定保税地域コード (Planned bonded-area code)", or the item name for layouts without names. */
    static String describe(LayoutItem item) {
        if (item.japaneseName() == null && item.englishName() == null) {
            return item.name();
        }
        return (item.japaneseName() == null ? "" : item.japaneseName())
                + (item.englishName() == null ? "" : " (" + item.englishName() + ")");
    }
}

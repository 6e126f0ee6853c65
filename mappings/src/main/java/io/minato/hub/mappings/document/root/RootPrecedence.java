package io.minato.hub.mappings.document.root;

import java.util.List;
import java.util.Map;

/**
 * The conflict rule of the root document (競合時の優先順位), from root.yml's {@code precedence}: per
 * field, the sources ranked from the strongest; sources a field's list does not name rank below those
 * it names and equal among themselves. A value replaces the root's unless the root's came from a source
 * ranked above it, so among equals the latest wins. Colins ranks as listed only while the deal's
 * auto-update is on: switching it off hands the values Colins set back to everyone.
 *
 * @param byField the ranked sources of each field that has a ranking; fields not in it rank all sources equal
 */
public record RootPrecedence(Map<String, List<RootSource>> byField) {

    public static final RootPrecedence ALL_EQUAL = new RootPrecedence(Map.of());

    public RootPrecedence {
        byField = Map.copyOf(byField);
    }

    /** The field's sources from the strongest; empty when all rank equal. */
    public List<RootSource> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /**
     * Whether a value from {@code offered} may replace one from {@code current}.
     *
     * @param colinsAutoUpdate whether the deal's Colins auto-update is on now
     */
    public boolean mayReplace(String field, RootSource offered, RootSource current, boolean colinsAutoUpdate) {
        return rank(field, offered, colinsAutoUpdate) <= rank(field, current, colinsAutoUpdate);
    }

    /** 0 is the strongest; every unnamed source shares the rank after the last named one. */
    private int rank(String field, RootSource source, boolean colinsAutoUpdate) {
        List<RootSource> ranked = of(field);
        int index = ranked.indexOf(source);
        if (index < 0 || (source == RootSource.COLINS && !colinsAutoUpdate)) {
            return ranked.size();
        }
        return index;
    }

    /** The rule as users read it, for the field: e.g. "Colins > EDIFACT > その他 (同順位は後勝ち)". */
    public String describe(String field) {
        List<RootSource> ranked = of(field);
        if (ranked.isEmpty()) {
            return "全ての入力元が同順位: 後から来た値が優先 / all sources rank equal: the latest value wins";
        }
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (RootSource source : ranked) {
            ja.append(source.japaneseName()).append(" > ");
            en.append(source.englishName()).append(" > ");
        }
        return ja + "その他 (同順位は後勝ち) / " + en + "others (the latest wins among equals)";
    }
}

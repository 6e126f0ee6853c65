package io.minato.hub.mappings.naccs.prefill;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a prefill produced for one business code: item values keyed as the layout keys them
 * ({@code name}, or {@code name[n]} for a repetition), where each came from, and which items apply
 * to this deal, so the share of filled items can be shown.
 *
 * @param items           value per item key
 * @param sources         source per item key; every key of {@code items} has one
 * @param applicableItems item names (not keys) that apply to this deal: the layout's items minus
 *                        {@code notApplicable}
 * @param notApplicable   item name → why it does not apply here (e.g. the dangerous-goods code of a
 *                        shipment without dangerous goods)
 */
public record Prefill(String businessCode, Map<String, String> items, Map<String, ItemSource> sources,
                      List<String> applicableItems, Map<String, String> notApplicable) {

    public Prefill {
        items = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(items));
        sources = Map.copyOf(sources);
        applicableItems = List.copyOf(applicableItems);
        notApplicable = Map.copyOf(notApplicable);
        for (String key : items.keySet()) {
            if (!sources.containsKey(key)) {
                throw new IllegalArgumentException("prefilled item " + key + " has no source");
            }
        }
    }

    /** The layout's items minus those that do not apply, in layout order. */
    public static List<String> applicable(List<String> layoutItems, Map<String, String> notApplicable) {
        return layoutItems.stream().filter(name -> !notApplicable.containsKey(name)).toList();
    }

    /** Applicable item names with at least one value (a repeating item counts once). */
    public List<String> filledItems() {
        return applicableItems.stream().filter(this::filled).toList();
    }

    /** Applicable item names the prefill could not fill: the user must. */
    public List<String> unfilledItems() {
        return applicableItems.stream().filter(name -> !filled(name)).toList();
    }

    /** Filled share of the applicable items, 0…1. */
    public double filledShare() {
        return applicableItems.isEmpty() ? 0 : (double) filledItems().size() / applicableItems.size();
    }

    private boolean filled(String name) {
        return items.containsKey(name) || items.keySet().stream().anyMatch(key -> key.startsWith(name + "["));
    }
}

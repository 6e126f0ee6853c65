package io.minato.hub.routes.colins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** What became of a page's records; its wire message's correlation shows it. */
final class PageTally {

    private final int total;
    private final Map<String, Integer> dropped = new TreeMap<>();
    private int stored;
    private int alreadyStored;
    private int dealsUpdated;

    PageTally(int total) {
        this.total = total;
    }

    int total() {
        return total;
    }

    void stored(boolean inserted) {
        if (inserted) {
            stored++;
        } else {
            alreadyStored++;
        }
    }

    void dropped(String terminal) {
        dropped.merge(terminal, 1, Integer::sum);
    }

    void dealUpdated() {
        dealsUpdated++;
    }

    Map<String, Integer> droppedByTerminal() {
        return Map.copyOf(dropped);
    }

    Map<String, String> correlation(int notTaken) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("records", Integer.toString(total));
        keys.put("stored", Integer.toString(stored));
        keys.put("alreadyStored", Integer.toString(alreadyStored));
        keys.put("droppedNoConsent", Integer.toString(dropped.values().stream().mapToInt(Integer::intValue).sum()));
        if (!dropped.isEmpty()) {
            keys.put("droppedTerminals", String.join(",", dropped.keySet()));
        }
        keys.put("notTaken", Integer.toString(notTaken));
        keys.put("dealsUpdated", Integer.toString(dealsUpdated));
        return keys;
    }

    @Override
    public String toString() {
        return total + " record(s): " + stored + " stored, " + alreadyStored + " already stored, dropped (no consent) "
                + dropped + ", " + dealsUpdated + " deal update(s)";
    }
}

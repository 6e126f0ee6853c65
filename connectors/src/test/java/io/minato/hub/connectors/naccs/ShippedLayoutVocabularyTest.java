package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Prefills, the simulator and output processing key on item names across businesses, so a name must mean
 * one item everywhere: same abbreviation, type and length. Exceptions are deliberate and listed in
 * {@code config/naccs/layouts/README.md}.
 */
class ShippedLayoutVocabularyTest {

    /** EDA takes the 3-letter Japanese port code where other layouts take a UN/LOCODE. */
    private static final Set<String> EXCEPTIONS = Set.of("EDA.portOfLoading");

    @Test
    void eachItemNameIsOneItemAcrossAllShippedLayouts() {
        NaccsLayouts shipped = NaccsLayouts.at(NaccsLayoutTest.LAYOUTS.toString());
        Map<String, String> first = new HashMap<>();
        Map<String, String> namesByAbbreviation = new HashMap<>();
        Map<String, String> conflicts = new TreeMap<>();
        for (String file : shipped.fileNames()) {
            NaccsLayout layout = shipped.find(file.replace(".layout", "")).orElseThrow();
            for (LayoutItem item : layout.items()) {
                String shape = item.abbreviation() + " " + item.type() + " " + item.length();
                String seen = first.putIfAbsent(item.name(), shape + " (" + layout.code() + ")");
                if (seen != null && !seen.startsWith(shape) && !EXCEPTIONS.contains(layout.code() + "." + item.name())) {
                    conflicts.put(layout.code() + "." + item.name(), shape + " but " + seen);
                }
                String name = namesByAbbreviation.putIfAbsent(item.abbreviation(), item.name());
                if (name != null && !name.equals(item.name())) {
                    conflicts.put(layout.code() + "." + item.name(), "abbreviation " + item.abbreviation()
                            + " is " + name + " elsewhere");
                }
            }
        }

        assertThat(conflicts).isEmpty();
        assertThat(first).containsKeys(List.of("bookingNumber", "billOfLadingNumber", "containerNumber",
                "declarationNumber", "exportControlNumber", "vesselCode", "vesselName").toArray(String[]::new));
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.document.Party;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A {@link Party} from a NAD segment (D.99B): code from C082, name from C080 (party name) or,
 * when only the unstructured C058 is sent, its first line with the rest as address; address from
 * C059 street lines plus a "city subdivision postcode" line; country from 3207.
 */
public final class NadParty {

    private NadParty() {
    }

    public static Party of(Element nad) {
        String code = Dom.text(nad, "C082/E3039").orElse(null);
        List<String> nameLines = Dom.texts(nad, "C080/E3036");
        List<String> unstructured = Dom.texts(nad, "C058/E3124");
        List<String> address = new ArrayList<>();
        String name;
        if (!nameLines.isEmpty()) {
            name = String.join(" ", nameLines);
            address.addAll(unstructured);
        } else if (!unstructured.isEmpty()) {
            name = unstructured.get(0);
            address.addAll(unstructured.subList(1, unstructured.size()));
        } else {
            name = null; // only a code was sent; the name is not invented
        }
        address.addAll(Dom.texts(nad, "C059/E3042"));
        String cityLine = String.join(" ", present(Dom.text(nad, "E3164"), Dom.text(nad, "C819/E3229"),
                Dom.text(nad, "E3251")));
        if (!cityLine.isEmpty()) {
            address.add(cityLine);
        }
        return new Party(code, name, address, Dom.text(nad, "E3207").orElse(null));
    }

    @SafeVarargs
    private static List<String> present(Optional<String>... values) {
        List<String> present = new ArrayList<>();
        for (Optional<String> value : values) {
            value.ifPresent(present::add);
        }
        return present;
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
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

    /**
     * What the NAD says of the party, field by field, for the party table: role (3035), C082 id (3039)
     * with its agency (3055), name lines (C080, or the first C058 line), street (C059), city (3164),
     * postcode (3251), country (3207).
     *
     * @param position the NAD's position, e.g. {@code segments.at(nad)}, so an unknown party names it
     */
    static PartyReference reference(Element nad, EdiPosition position) {
        List<String> nameLines = Dom.texts(nad, "C080/E3036");
        if (nameLines.isEmpty()) {
            nameLines = Dom.texts(nad, "C058/E3124").stream().limit(1).toList();
        }
        PartyIdentifier identifier = Dom.text(nad, "C082/E3039")
                .map(id -> PartyIdentifier.nad(Dom.text(nad, "C082/E3055").orElse(null), id))
                .orElse(null);
        String role = Dom.text(nad, "E3035").orElseThrow(() ->
                new MappingException(position, "NAD without party function code qualifier (3035)"));
        return new PartyReference(role, identifier, nameLines,
                Dom.texts(nad, "C059/E3042"), Dom.text(nad, "E3164").orElse(null),
                Dom.text(nad, "E3251").orElse(null), Dom.text(nad, "E3207").orElse(null), position);
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

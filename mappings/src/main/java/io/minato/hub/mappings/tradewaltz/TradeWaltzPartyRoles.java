package io.minato.hub.mappings.tradewaltz;

import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The parties of a request as the party table looks them up, each in its deal role (3035): export — exporter
 * CZ, forwarder FW, consignee CN, notify NI; import — importer CN (and a separate consignee CN), forwarder
 * FW, notify NI, the exporter abroad CZ. Each party is looked up by its TradeWaltz company id (scheme
 * {@value #SCHEME}), else by its NACCS code (scheme {@code NACCS}), and by name with city or postcode.
 */
public final class TradeWaltzPartyRoles {

    public static final String SCHEME = "TRADEWALTZ";
    public static final String FORWARDER = "FW";

    private TradeWaltzPartyRoles() {
    }

    /**
     * A party of the request in its role.
     *
     * @param path    where the request names it, {@code parties.forwarder}
     * @param lookups the references to try in order (TradeWaltz id with names, then NACCS code with names)
     */
    public record NamedParty(String path, String role, TradeWaltzParty party, List<PartyReference> lookups) {
    }

    public static List<NamedParty> of(TradeWaltzRequest request) {
        TradeWaltzParties parties = request.parties();
        List<NamedParty> named = new ArrayList<>();
        if (request.kind() == RequestKind.EXPORT_SHIPPING_REQUEST) {
            add(named, "exporter", "CZ", parties.exporter());
            add(named, "forwarder", FORWARDER, parties.forwarder());
            add(named, "consignee", "CN", parties.consignee());
            add(named, "notify", "NI", parties.notifyParty());
        } else {
            add(named, "importer", "CN", parties.importer());
            add(named, "consignee", "CN", parties.consignee());
            add(named, "forwarder", FORWARDER, parties.forwarder());
            add(named, "notify", "NI", parties.notifyParty());
            add(named, "exporter", "CZ", parties.exporter());
        }
        return named;
    }

    private static void add(List<NamedParty> named, String name, String role, TradeWaltzParty party) {
        if (party == null) {
            return;
        }
        List<PartyReference> lookups = new ArrayList<>();
        lookups.add(reference(role, party, party.id() == null ? null : new PartyIdentifier(SCHEME, party.id())));
        if (party.naccsCode() != null) {
            lookups.add(reference(role, party, new PartyIdentifier("NACCS", party.naccsCode())));
        }
        named.add(new NamedParty("parties." + name, role, party, lookups));
    }

    private static PartyReference reference(String role, TradeWaltzParty party, PartyIdentifier identifier) {
        return new PartyReference(role, identifier, party.name() == null ? List.of() : List.of(party.name()),
                party.address(), party.city(), party.postcode(), party.countryCode(), null);
    }
}

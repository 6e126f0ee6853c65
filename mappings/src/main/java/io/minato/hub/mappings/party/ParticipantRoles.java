package io.minato.hub.mappings.party;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a party named in a message acts as on the deal: the business types its party function (3035)
 * stands for. Rights on a deal follow business types, so a party a carrier's message names as shipper
 * (CZ) holds the shipper's defaults there and nothing more; a role that says nothing about the business
 * (booking party BA, notify NI) leaves it to what the party registered.
 */
public final class ParticipantRoles {

    private static final Map<String, Set<BusinessType>> BY_ROLE = Map.ofEntries(
            Map.entry("CA", EnumSet.of(BusinessType.OCEAN_CARRIER)),
            Map.entry("CZ", EnumSet.of(BusinessType.SHIPPER)),
            Map.entry("CN", EnumSet.of(BusinessType.SHIPPER)),
            Map.entry("FW", EnumSet.of(BusinessType.FORWARDER, BusinessType.NVOCC)),
            Map.entry("AG", EnumSet.of(BusinessType.SHIP_AGENT)),
            Map.entry("CB", EnumSet.of(BusinessType.CUSTOMS_BROKER)),
            Map.entry("TR", EnumSet.of(BusinessType.TERMINAL_OPERATOR)),
            Map.entry("CF", EnumSet.of(BusinessType.OCEAN_CARRIER)),
            Map.entry("WH", EnumSet.of(BusinessType.WAREHOUSE)),
            Map.entry("HI", EnumSet.of(BusinessType.TRUCKER)));

    private ParticipantRoles() {
    }

    /**
     * The business types a party holds on a deal for this role: the role's types it also registered; the
     * role's types if it registered none of them (the message says what it does); what it registered
     * when the role says nothing; empty when neither says anything (no rights on the deal).
     */
    public static Set<BusinessType> businessTypes(String role, Set<BusinessType> registered) {
        Set<BusinessType> byRole = BY_ROLE.getOrDefault(role, Set.of());
        if (byRole.isEmpty()) {
            return registered.isEmpty() ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(registered);
        }
        EnumSet<BusinessType> held = EnumSet.copyOf(byRole);
        held.retainAll(registered);
        return held.isEmpty() ? EnumSet.copyOf(byRole) : held;
    }
}

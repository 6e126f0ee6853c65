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
     * The business types a party holds on a deal for this role. A company that registered business types
     * never acts in another one: it holds the role's types it registered, or, when the role names none
     * of them (a registered trucker named as booking party), what it registered. A party that registered
     * nothing (known only from messages) holds what its role says; a role that says nothing (NI notify)
     * then gives it nothing.
     */
    public static Set<BusinessType> businessTypes(String role, Set<BusinessType> registered) {
        Set<BusinessType> byRole = BY_ROLE.getOrDefault(role, Set.of());
        if (registered.isEmpty()) {
            return byRole.isEmpty() ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(byRole);
        }
        EnumSet<BusinessType> held = EnumSet.copyOf(registered);
        held.retainAll(byRole);
        return held.isEmpty() ? EnumSet.copyOf(registered) : held;
    }
}

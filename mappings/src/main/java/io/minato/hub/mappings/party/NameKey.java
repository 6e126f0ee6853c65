package io.minato.hub.mappings.party;

/**
 * A normalized name with a normalized address key: what a party is found by when no identifier of
 * it is known. An empty address key matches the name wherever the party sits.
 *
 * @param name    {@link PartyNames#normalize(String)} of the name
 * @param address {@link PartyNames#addressKey(String)} of a city or postcode; empty for "any address"
 */
public record NameKey(String name, String address) {

    public NameKey {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a name key needs a name");
        }
        address = address == null ? "" : address;
    }

    /** Normalizes a name and an address (city or postcode; null or blank for any) as typed by a person. */
    public static NameKey of(String name, String address) {
        return new NameKey(PartyNames.normalize(name), PartyNames.addressKey(address));
    }

    /** {@code acme trading co ltd|tokyo}: how errors and the API write a key. */
    public String describe() {
        return name + "|" + address;
    }
}

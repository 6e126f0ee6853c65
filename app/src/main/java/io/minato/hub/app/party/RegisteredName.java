package io.minato.hub.app.party;

/**
 * A name a party is recognised by: as registered, and the keys it is matched on.
 *
 * @param name       as registered
 * @param address    city or postcode as registered; null for "anywhere"
 * @param nameKey    normalized name
 * @param addressKey normalized address; empty for "anywhere"
 */
record RegisteredName(String name, String address, String nameKey, String addressKey) {
}

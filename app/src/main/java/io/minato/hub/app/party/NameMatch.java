package io.minato.hub.app.party;

/** A party found under a name key. */
record NameMatch(long id, String code, String name, String nameKey, String addressKey) {
}

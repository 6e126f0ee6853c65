package io.minato.hub.mappings.party;

/**
 * The organization a {@link PartyReference} turned out to be, and how it was recognised.
 *
 * @param id        the party's row id (parties.id)
 * @param code      the party's code, e.g. {@code ONEY}
 * @param name      the party's registered name (not the name the message wrote)
 * @param matchedBy {@code NAD:86=ONEY} when found by an identifier, {@code name ocean network express pte ltd|}
 *                  when found by a name key
 */
public record ResolvedParty(long id, String code, String name, String matchedBy) {
}

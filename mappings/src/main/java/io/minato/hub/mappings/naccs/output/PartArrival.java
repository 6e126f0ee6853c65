package io.minato.hub.mappings.naccs.output;

/**
 * What adding one part of a split output did.
 *
 * @param state  whether the set is now whole, still waiting, or the part was there already
 * @param joined the whole business part, parts in sequence order, when {@code state} is COMPLETE
 */
public record PartArrival(State state, byte[] joined, int received, Integer expected) {

    public enum State {
        /** Every part 1..n is here and no other mail has applied the set: apply {@link #joined()}. */
        COMPLETE,
        /** More parts are to come (or the set was applied by the mail that completed it). */
        WAITING,
        /** The same sequence number came before in another mail: nothing to do. */
        DUPLICATE
    }
}

package io.minato.hub.mappings.colins;

import java.util.List;
import java.util.Optional;

/** Where the Colins flow keeps records, its feed cursor and what it dropped. */
public interface ColinsStore {

    /**
     * Stores a record version once: the same data set, key, terminal and update time again stores
     * nothing.
     */
    StoredVersion save(ColinsRecord record, long wireMessageId);

    /** The deals whose Colins auto-update is on and whose keys the record matches, each with the key. */
    List<DealMatch> dealsFollowing(ColinsRecord record);

    /** Counts records of a terminal dropped for lack of consent. */
    void countDropped(String terminalCode, int records);

    /** Where the next poll of the changes feed starts; empty before the first. */
    Optional<String> cursor();

    /** Moves the cursor past a page, archived as {@code wireMessageId} (null for an empty page not archived). */
    void advanceCursor(String cursor, Long wireMessageId);

    /** Records that a poll failed (Colins unreachable, refused, …), for the status the operator sees. */
    void pollFailed(String reason);

    /**
     * @param id       the stored version's id
     * @param inserted false when this version was stored before
     * @param latest   whether no later version of the record is stored: only the latest updates deals
     */
    record StoredVersion(long id, boolean inserted, boolean latest) {
    }

    /** A deal to update and the key it matched by. */
    record DealMatch(long dealId, String matchedBy) {
    }
}

package io.minato.hub.routes.colins;

import java.util.List;

/**
 * What one poll did.
 *
 * @param ran          false when another hub instance held the poll and this one skipped its turn
 * @param pages        pages fetched
 * @param records      records in the archived pages (as the pages count them)
 * @param wireMessages the archived pages, in order
 * @param cursor       where the next poll starts
 * @param error        why the poll stopped early (Colins unreachable, a page without a cursor); null if it did not
 */
public record ColinsPollOutcome(boolean ran, int pages, int records, List<Long> wireMessages, String cursor,
                                String error) {

    public ColinsPollOutcome {
        wireMessages = List.copyOf(wireMessages);
    }

    static ColinsPollOutcome skipped() {
        return new ColinsPollOutcome(false, 0, 0, List.of(), null, null);
    }
}

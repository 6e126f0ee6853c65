package io.minato.hub.mappings.colins;

import java.util.List;

/**
 * One page of the Colins changes feed as read: the records that could be read and, for those that
 * could not, what is wrong with them.
 *
 * @param cursor   where the next page starts, as Colins wrote it
 * @param hasMore  whether Colins has more changes after this page
 * @param records  the readable records, in page order
 * @param size     how many records the page holds, readable or not
 * @param problems what is wrong with the unreadable records, each problem naming its JSON pointer
 */
public record ColinsPage(String cursor, boolean hasMore, int size, List<ColinsRecord> records, List<String> problems) {

    public ColinsPage {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }

    /** How many records could not be read. */
    public int unreadable() {
        return size - records.size();
    }
}

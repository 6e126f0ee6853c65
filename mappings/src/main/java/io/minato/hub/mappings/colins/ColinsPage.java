package io.minato.hub.mappings.colins;

import java.util.List;

/**
 * One page of the Colins changes feed as read: the records that could be read and, for those that
 * could not, what is wrong with them.
 *
 * @param cursor   where the next page starts, as Colins wrote it
 * @param hasMore  whether Colins has more changes after this page
 * @param records  the readable records, in page order
 * @param problems the unreadable records, each naming its JSON pointer
 */
public record ColinsPage(String cursor, boolean hasMore, List<ColinsRecord> records, List<String> problems) {

    public ColinsPage {
        records = List.copyOf(records);
        problems = List.copyOf(problems);
    }
}

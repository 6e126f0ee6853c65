package io.minato.hub.mappings.edifact.write;

import java.util.List;
import java.util.Set;

/**
 * The segments between UNH and UNT of one message, handed to the callback of
 * {@link InterchangeWriter#message}. Counts what it writes so UNT's segment count is always right.
 *
 * <pre>{@code
 * writer.message(new MessageIdentifier("IFTMIN", "D", "99B", "UN"), body -> body
 *         .segment("BGM", simple("340"), simple(bookingNo), simple("9"))
 *         .segment("DTM", composite("137", "202403150830", "203")));
 * }</pre>
 */
public final class MessageBody {

    /** Written by the interchange writer itself; a body writing them would break the counts. */
    private static final Set<String> SERVICE_TAGS = Set.of("UNA", "UNB", "UNG", "UNH", "UNT", "UNE", "UNZ");

    private final StaediSegments segments;
    private int count;

    MessageBody(StaediSegments segments) {
        this.segments = segments;
    }

    /** Writes one segment; elements in order, {@link DataElement#empty()} to skip a position. */
    public MessageBody segment(String tag, DataElement... elements) {
        if (tag == null || !tag.matches("[A-Z][A-Z0-9]{2}")) {
            throw new IllegalArgumentException("'" + tag + "' is not a segment tag");
        }
        if (SERVICE_TAGS.contains(tag)) {
            throw new IllegalArgumentException(tag + " is written by the interchange writer, not by a message body");
        }
        segments.segment(tag, List.of(elements));
        count++;
        return this;
    }

    /** Segments written so far, UNH and UNT not included. */
    int count() {
        return count;
    }
}

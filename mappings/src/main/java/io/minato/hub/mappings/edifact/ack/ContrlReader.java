package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.SegmentedInterchange;
import io.minato.hub.mappings.edifact.SegmentedInterchange.Segment;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads CONTRL (syntax and service report, ISO 9735 part 5 for syntax 4, {@code CONTRL:D:3:UN} for
 * syntax 3) a partner sends about one of our interchanges. The two versions share the elements read
 * here:
 *
 * <pre>
 * UCI 0020 S002 S003 0083 [0085 [0013 [S011]]]   0020 = our interchange answered; 0083 4/7/8
 * UCF 0048 S006 S007 0083 [0085 …]               a functional group (rare; we send none)
 * UCM 0062 S009 0083 [0085 [0013 [S011]]]        one of our messages
 * UCS 0096 [0085]                                a segment of it, UNH = 1
 * UCD 0085 S011                                  an element of that segment; 0098 counts the tag as 1
 * </pre>
 *
 * One {@link AcknowledgementReceived} per CONTRL message.
 */
public final class ContrlReader {

    static final Set<String> SEGMENTS = Set.of("UNH", "UCI", "UCF", "UCM", "UCS", "UCD", "UNT");

    private ContrlReader() {
    }

    /** @throws EdiSyntaxException a broken envelope or CONTRL content, every problem with its position */
    public static List<AcknowledgementReceived> read(byte[] raw) {
        return read(SegmentedInterchange.read(raw, AckKind.CONTRL.name(), SEGMENTS));
    }

    static List<AcknowledgementReceived> read(SegmentedInterchange interchange) {
        AckMessages problems = new AckMessages();
        List<AcknowledgementReceived> acks = new ArrayList<>();
        for (List<Segment> message : AckMessages.split(interchange)) {
            ContrlMessage contrl = new ContrlMessage(problems);
            message.forEach(contrl::on);
            contrl.result(interchange.header(), message.get(0)).ifPresent(acks::add);
        }
        problems.throwIfProblems();
        return acks;
    }
}

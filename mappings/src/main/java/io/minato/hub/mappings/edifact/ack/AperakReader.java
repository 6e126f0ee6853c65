package io.minato.hub.mappings.edifact.ack;

import io.minato.hub.mappings.edifact.SegmentedInterchange;
import io.minato.hub.mappings.edifact.SegmentedInterchange.Segment;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads APERAK (application error and acknowledgement) a partner sends about one of our
 * interchanges, in any directory from D95A on (D99B, D00B, D16A share the segments read here):
 *
 * <pre>
 * BGM C002 C106 1225 4343     1225 message function: 27 not accepted, 29/30/44 accepted;
 *                             4343 response type: AP accepted, CA conditionally accepted, RE rejected
 * DTM 137 (document date)
 * RFF ACE:our interchange control reference (UNB 0020)   -- the interchange answered, required
 * RFF ACW:our message reference (UNH 0062)               -- the message answered, may repeat
 * ERC 9321 [FTX …]            an application error, its text in the FTX after it
 * </pre>
 *
 * Without a decisive BGM the errors decide: any ERC rejects, none accepts. ERC codes (9321) have
 * no common list; the partner's FTX text is what explains them.
 */
public final class AperakReader {

    static final Set<String> SEGMENTS = Set.of("UNH", "BGM", "DTM", "FTX", "CNT", "DOC", "RFF", "NAD", "CTA",
            "COM", "ERC", "UNT");

    private AperakReader() {
    }

    /** @throws EdiSyntaxException a broken envelope or APERAK content, every problem with its position */
    public static List<AcknowledgementReceived> read(byte[] raw) {
        return read(SegmentedInterchange.read(raw, AckKind.APERAK.name(), SEGMENTS));
    }

    static List<AcknowledgementReceived> read(SegmentedInterchange interchange) {
        AckMessages problems = new AckMessages();
        List<AcknowledgementReceived> acks = new ArrayList<>();
        for (List<Segment> message : AckMessages.split(interchange)) {
            AperakMessage aperak = new AperakMessage(problems);
            message.forEach(aperak::on);
            aperak.result(interchange.header(), message.get(0), message.get(message.size() - 1)).ifPresent(acks::add);
        }
        problems.throwIfProblems();
        return acks;
    }
}

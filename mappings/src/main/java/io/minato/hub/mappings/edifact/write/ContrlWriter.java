package io.minato.hub.mappings.edifact.write;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.write.ContrlReport.ErrorReport;
import io.minato.hub.mappings.edifact.write.ContrlReport.MessageReport;
import io.minato.hub.mappings.edifact.write.ContrlReport.SegmentReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link ContrlReport} as a one-message interchange. The CONTRL version follows the
 * subject interchange's syntax version: {@code CONTRL:4:1:UN} for syntax 4 (ISO 9735-5), else
 * {@code CONTRL:D:3:UN}. The two share UCI/UCM/UCS/UCD up to the elements written here (v4 only
 * adds trailing security and package elements), so one layout serves both:
 *
 * <pre>
 * UCI 0020 S002 S003 0083 [0085 [0013 [S011]]]   subject interchange as its UNB says (not swapped)
 * UCM 0062 S009 0083 [0085 [0013 [S011]]]        one per rejected message
 * UCS 0096 [0085]                                0096 counts from UNH = 1
 * UCD 0085 S011                                  S011 = 0098:0104, 0098 counting the tag as 1
 * </pre>
 */
public final class ContrlWriter {

    static final MessageIdentifier CONTRL_V3 = new MessageIdentifier("CONTRL", "D", "3", "UN");
    static final MessageIdentifier CONTRL_V4 = new MessageIdentifier("CONTRL", "4", "1", "UN");

    /** Service segments UCI may name in 0013/0135 (UNA is not in syntax 4's list). */
    private static final Set<String> UCI_TAGS = Set.of("UNB", "UNZ");
    private static final Set<String> UCM_TAGS = Set.of("UNH", "UNT");

    private ContrlWriter() {
    }

    /** The CONTRL interchange, in {@code envelope}'s charset (usually {@link OutboundEnvelope#answering}). */
    public static byte[] write(ContrlReport report, OutboundEnvelope envelope) {
        InterchangeHeader received = report.received();
        requirePresent(received.controlReference(), "interchange control reference (0020)");
        requirePresent(received.senderId(), "sender (0004)");
        requirePresent(received.recipientId(), "recipient (0010)");
        MessageIdentifier type = "4".equals(received.syntaxVersion()) ? CONTRL_V4 : CONTRL_V3;
        return InterchangeWriter.toBytes(envelope, writer -> writer.message(type, body -> {
            List<DataElement> uci = new ArrayList<>(List.of(simple(received.controlReference()),
                    composite(received.senderId(), received.senderQualifier()),
                    composite(received.recipientId(), received.recipientQualifier()),
                    simple(report.action().code())));
            uci.addAll(errorElements(report.interchangeError(), UCI_TAGS));
            body.segment("UCI", uci.toArray(DataElement[]::new));
            for (MessageReport message : report.messages()) {
                writeMessage(body, message);
            }
        }));
    }

    private static void writeMessage(MessageBody body, MessageReport message) {
        MessageIdentifier id = message.identifier();
        List<DataElement> ucm = new ArrayList<>(List.of(simple(message.reference()),
                composite(id.type(), id.version(), id.release(), id.agency()), simple(message.action().code())));
        ucm.addAll(errorElements(message.error(), UCM_TAGS));
        body.segment("UCM", ucm.toArray(DataElement[]::new));
        for (SegmentReport segment : message.segments()) {
            ErrorReport error = segment.error();
            boolean elementKnown = error.element() > 0;
            // an error placed at an element goes to UCD; UCS then only names the segment
            body.segment("UCS", simple(String.valueOf(segment.position())),
                    simple(elementKnown ? null : error.error().code()));
            if (elementKnown) {
                body.segment("UCD", simple(error.error().code()), dataElementId(error));
            }
        }
    }

    /** 0085, then 0013 and S011 only where the tag is one this level may name (syntax 4 conditions). */
    private static List<DataElement> errorElements(ErrorReport error, Set<String> tags) {
        if (error == null) {
            return List.of();
        }
        if (error.segmentTag() == null || !tags.contains(error.segmentTag())) {
            return List.of(simple(error.error().code()));
        }
        if (error.element() <= 0) {
            return List.of(simple(error.error().code()), simple(error.segmentTag()));
        }
        return List.of(simple(error.error().code()), simple(error.segmentTag()), dataElementId(error));
    }

    /** S011: 0098 counts the segment tag as position 1 (ISO 9735), so element 1 after the tag is 2. */
    private static DataElement dataElementId(ErrorReport error) {
        return composite(String.valueOf(error.element() + 1), error.component() > 0 ? String.valueOf(error.component()) : null);
    }

    private static void requirePresent(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("cannot acknowledge an interchange whose UNB has no " + what);
        }
    }
}

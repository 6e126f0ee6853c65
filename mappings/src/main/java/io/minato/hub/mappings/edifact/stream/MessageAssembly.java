package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one message from its UNH to its UNT: picks the structure UNH S009 names (directory from
 * 0052+0054, not from configuration), places every segment with a {@link GroupAssembler}, builds
 * it with a {@link SegmentBuilder}, and checks UNT.
 */
final class MessageAssembly {

    private static final Set<String> ENVELOPE = Set.of("UNB", "UNG", "UNE", "UNZ", "UNH");

    private final EdifactStructures structures;
    private final Syntax syntax;
    private final InterchangeHeader header;
    private final SegmentReader reader;

    MessageAssembly(EdifactStructures structures, Syntax syntax, InterchangeHeader header, SegmentReader reader) {
        this.structures = structures;
        this.syntax = syntax;
        this.header = header;
        this.reader = reader;
    }

    StreamedMessage read(RawSegment unhSegment) {
        Document document = DomFactory.newDocument();
        SegmentBuilder builder = new SegmentBuilder(document, syntax);
        Element unh = builder.build(structures.serviceSegment("UNH", "UNH-MessageHeader"), unhSegment, at(unhSegment, null));
        String reference = text(unh, "E0062");
        String type = text(unh, "S009", "E0065");
        String directory = EdifactStructures.directoryOf(text(unh, "S009", "E0052"), text(unh, "S009", "E0054"));
        String label = type + ":" + text(unh, "S009", "E0052") + ":" + text(unh, "S009", "E0054") + ":" + text(unh, "S009", "E0051");
        MessageStructure structure = structure(directory, type, at(unhSegment, reference));
        Element message = document.createElementNS(structure.namespace(), structure.prefix() + ":Message");
        document.appendChild(message);
        message.appendChild(unh);
        Element body = document.createElementNS(structure.namespace(), structure.prefix() + ":" + type);
        message.appendChild(body);
        GroupAssembler groups = new GroupAssembler(structure, body);
        long[] offsets = new long[64];
        offsets[0] = unhSegment.byteOffset();
        int count = 1;
        String previous = "UNH";
        while (true) {
            RawSegment segment = reader.next();
            if (segment == null || ENVELOPE.contains(segment.tag())) {
                EdiPosition where = segment == null ? at(unhSegment, reference) : at(segment, reference);
                throw new EdiSyntaxException(where, "message " + reference + " has no UNT before "
                        + (segment == null ? "the end of the input" : segment.tag()));
            }
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = segment.byteOffset();
            if (segment.tag().equals("UNT")) {
                message.appendChild(unt(builder, segment, reference, count, groups, label));
                return new StreamedMessage(header, reference, label, directory, unhSegment.ordinal(),
                        Arrays.copyOf(offsets, count), document);
            }
            String path = groups.path();
            GroupAssembler.Placement placement = groups.place(segment.tag());
            if (placement == null) {
                // worded without "has no": write.ProblemClassifier reads that as a missing segment
                throw new EdiSyntaxException(at(segment, reference), "segment " + segment.tag() + " is not allowed here: "
                        + label + " does not place it after " + previous + " (in " + path + ")");
            }
            placement.parent().appendChild(builder.build(placement.segment(), segment, at(segment, reference)));
            previous = segment.tag();
        }
    }

    private Element unt(SegmentBuilder builder, RawSegment segment, String reference, int count,
                        GroupAssembler groups, String label) {
        EdiPosition where = at(segment, reference);
        String missing = groups.missingMandatory();
        if (missing != null) {
            throw new EdiSyntaxException(where, "mandatory " + missing + " of " + label + " is missing");
        }
        Element unt = builder.build(structures.serviceSegment("UNT", "UNT-MessageTrailer"), segment, where);
        String declared = text(unt, "E0074");
        if (!String.valueOf(count).equals(declared)) {
            throw new EdiSyntaxException(where.withElement(1, 0), "segment count " + declared
                    + " does not match the " + count + " segments UNH…UNT of message " + reference);
        }
        if (!reference.equals(text(unt, "E0062"))) {
            throw new EdiSyntaxException(where.withElement(2, 0), "reference " + text(unt, "E0062")
                    + " does not match the UNH reference " + reference);
        }
        return unt;
    }

    private MessageStructure structure(String directory, String type, EdiPosition unh) {
        try {
            return structures.structure(directory, type);
        } catch (IllegalArgumentException e) {
            throw new EdiSyntaxException(List.of(new EdiSyntaxException.Problem(unh.withElement(2, 0),
                    "message type " + type + " of directory " + directory + " is not known: " + e.getMessage())), e);
        } catch (IllegalStateException e) {
            throw new EdiSyntaxException(List.of(new EdiSyntaxException.Problem(unh.withElement(2, 0),
                    "no EDIFACT schema for " + type + " in directory " + directory + ": " + e.getMessage())), e);
        }
    }

    private EdiPosition at(RawSegment segment, String reference) {
        return EdiPosition.segment(segment.ordinal(), segment.tag()).withByteOffset(segment.byteOffset())
                .withReferences(header.controlReference(), reference);
    }

    /** Text of a child path, {@code ""} when absent. */
    private static String text(Element parent, String... path) {
        Element current = parent;
        for (String step : path) {
            Element found = null;
            for (Node child = current.getFirstChild(); child != null && found == null; child = child.getNextSibling()) {
                if (child instanceof Element element && step.equals(element.getLocalName())) {
                    found = element;
                }
            }
            if (found == null) {
                return "";
            }
            current = found;
        }
        return current.getTextContent();
    }
}

package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.EdiSyntaxException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * UNB, UNG/UNE and UNZ of one interchange, built as the DFDL infoset has them (for a Smooks
 * reader that replays the whole interchange), and the order rules between them: UNZ ends the
 * interchange, nothing but whitespace follows it, and UNG/UNE pair up.
 */
final class EnvelopeSegments {

    private final EdifactStructures structures;
    private final InterchangeHeader header;
    private final Document document = DomFactory.newDocument();
    private final SegmentBuilder builder;
    private Element unb;
    private Element ung;
    private Element unz;
    private int messages;
    private int groups;

    EnvelopeSegments(EdifactStructures structures, Syntax syntax, InterchangeHeader header) {
        this.structures = structures;
        this.header = header;
        this.builder = new SegmentBuilder(document, syntax);
    }

    void unb(RawSegment segment) {
        unb = builder.build(structures.serviceSegment("UNB", "UNB-InterchangeHeader"), segment, position(segment));
    }

    Element unb() {
        return unb;
    }

    void countMessage() {
        messages++;
    }

    /** Reads UNG, UNE or UNZ and returns it as the DFDL infoset has it. */
    Element service(RawSegment segment) {
        if (unz != null) {
            throw new EdiSyntaxException(position(segment), "segment " + segment.tag() + " after UNZ");
        }
        switch (segment.tag()) {
            case "UNG" -> {
                ung = builder.build(structures.serviceSegment("UNG", "UNG-GroupHeader"), segment, position(segment));
                groups++;
                return ung;
            }
            case "UNE" -> {
                if (ung == null) {
                    throw new EdiSyntaxException(position(segment), "UNE without UNG");
                }
                ung = null;
                return builder.build(structures.serviceSegment("UNE", "UNE-GroupTrailer"), segment, position(segment));
            }
            default -> {
                unz = builder.build(structures.serviceSegment("UNZ", "UNZ-InterchangeTrailer"), segment, position(segment));
                checkTrailer(segment);
                return unz;
            }
        }
    }

    /** UNZ 0036 counts the messages (or the groups, when UNG is used) and 0020 repeats UNB's reference. */
    private void checkTrailer(RawSegment segment) {
        String count = childText(unz, "E0036");
        int expected = groups > 0 ? groups : messages;
        if (count != null && !count.replaceFirst("^0+(?=\\d)", "").equals(String.valueOf(expected))) {
            throw new EdiSyntaxException(position(segment).withElement(1, 0), "control count " + count
                    + " does not match the " + expected + (groups > 0 ? " group(s)" : " message(s)") + " sent");
        }
        String reference = childText(unz, "E0020");
        if (reference != null && header.controlReference() != null && !reference.equals(header.controlReference())) {
            throw new EdiSyntaxException(position(segment).withElement(2, 0), "reference " + reference
                    + " does not match the UNB reference " + header.controlReference());
        }
    }

    private static String childText(Element segment, String name) {
        for (org.w3c.dom.Node child = segment.getFirstChild(); child != null; child = child.getNextSibling()) {
            String local = child.getLocalName() != null ? child.getLocalName() : child.getNodeName();
            if (child instanceof Element element && name.equals(local.substring(local.indexOf(':') + 1))) {
                String text = element.getTextContent().strip();
                return text.isEmpty() ? null : text;
            }
        }
        return null;
    }

    void checkEnded() {
        if (unz == null) {
            throw new EdiSyntaxException(EdiPosition.segment(0, "UNZ").withReferences(header.controlReference(), null),
                    "interchange ends without UNZ after " + messages + " message(s)");
        }
    }

    private EdiPosition position(RawSegment segment) {
        return EdiPosition.segment(segment.ordinal(), segment.tag()).withByteOffset(segment.byteOffset())
                .withReferences(header.controlReference(), null);
    }
}

package io.minato.hub.mappings.edifact.stream;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One UNH…UNT message as the streaming reader hands it out: a DOM of the same shape as the
 * Smooks EDIFACT cartridge's {@code Message} element ({@code UNH}, the message element with its
 * {@code SegGrp-n} nesting, {@code UNT}), plus where each of its segments sat in the input.
 */
public final class StreamedMessage {

    private final InterchangeHeader interchange;
    private final String reference;
    private final String type;
    private final String directory;
    private final int unhOrdinal;
    private final long[] byteOffsets;
    private final Document document;

    StreamedMessage(InterchangeHeader interchange, String reference, String type, String directory, int unhOrdinal,
                    long[] byteOffsets, Document document) {
        this.interchange = interchange;
        this.reference = reference;
        this.type = type;
        this.directory = directory;
        this.unhOrdinal = unhOrdinal;
        this.byteOffsets = byteOffsets;
        this.document = document;
    }

    public InterchangeHeader interchange() {
        return interchange;
    }

    /** UNH 0062 message reference number. */
    public String reference() {
        return reference;
    }

    /** UNH S009 as {@code 0065:0052:0054:0051}, e.g. {@code IFTMBC:D:99B:UN}. */
    public String type() {
        return type;
    }

    /** The directory whose schema shaped the DOM, e.g. {@code d99b}. */
    public String directory() {
        return directory;
    }

    /** Ordinal of UNH in the interchange (UNA excluded); segment n of the message is {@code unhOrdinal + n - 1}. */
    public int unhOrdinal() {
        return unhOrdinal;
    }

    /** UNH…UNT inclusive. */
    public int segmentCount() {
        return byteOffsets.length;
    }

    /** The document whose root is the {@code Message} element. */
    public Document document() {
        return document;
    }

    /** {@code Message}: UNH, the message element, UNT. */
    public Element message() {
        return document.getDocumentElement();
    }

    /** The message element itself, e.g. {@code IFTMBC}, holding the segments and groups between UNH and UNT. */
    public Element body() {
        Element unh = (Element) message().getFirstChild();
        return (Element) unh.getNextSibling();
    }

    /** Position of a segment of this message by its interchange ordinal. */
    public EdiPosition position(int segmentOrdinal, String tag) {
        int index = segmentOrdinal - unhOrdinal;
        EdiPosition position = EdiPosition.segment(segmentOrdinal, tag);
        if (index >= 0 && index < byteOffsets.length) {
            position = position.withByteOffset(byteOffsets[index]);
        }
        return position.withReferences(interchange.controlReference(), reference);
    }
}

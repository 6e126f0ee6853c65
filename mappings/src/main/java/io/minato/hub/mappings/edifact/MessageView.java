package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One parsed message as mappers read it: segments found by tag and qualifier anywhere in the
 * message (or in one segment group), values as typed Java, positions for errors. Lookups search
 * in input order, so a message-level segment is found before one nested in a later group.
 */
public final class MessageView {

    private final InterchangeHeader header;
    private final String messageRef;
    private final Element body;
    private final MessageSegments segments;
    private final char decimalMark;

    public MessageView(InterchangeHeader header, String messageRef, Element body, MessageSegments segments,
                       char decimalMark) {
        this.header = header;
        this.messageRef = messageRef;
        this.body = body;
        this.segments = segments;
        this.decimalMark = decimalMark;
    }

    MessageSegments segments() {
        return segments;
    }

    char decimalMark() {
        return decimalMark;
    }

    public InterchangeHeader header() {
        return header;
    }

    public String messageRef() {
        return messageRef;
    }

    /** The message element (named after the type, e.g. {@code IFTMAN}) holding segments and groups. */
    public Element body() {
        return body;
    }

    /** Every segment with this tag, at any depth, in input order. */
    public List<Element> all(String tag) {
        return Dom.descendants(body, tag);
    }

    /** Every segment with this tag below {@code scope} (a segment group), in input order. */
    public List<Element> all(Element scope, String tag) {
        return Dom.descendants(scope, tag);
    }

    /** The first segment with this tag whose value at {@code path} is one of {@code codes}. */
    public Optional<Element> first(Element scope, String tag, String path, String... codes) {
        List<String> wanted = Arrays.asList(codes);
        return all(scope, tag).stream()
                .filter(segment -> Dom.text(segment, path).filter(wanted::contains).isPresent())
                .findFirst();
    }

    public Optional<Element> first(String tag, String path, String... codes) {
        return first(body, tag, path, codes);
    }

    /** RFF reference number (C506/1154) with one of the qualifiers (1153), e.g. {@code BN}, {@code BM}. */
    public Optional<String> reference(Element scope, String... qualifiers) {
        return first(scope, "RFF", "C506/E1153", qualifiers).flatMap(rff -> Dom.text(rff, "C506/E1154"));
    }

    public Optional<String> reference(String... qualifiers) {
        return reference(body, qualifiers);
    }

    /** The NAD with this party function (3035), e.g. {@code CZ} shipper, {@code CN} consignee, {@code CA} carrier. */
    public Optional<Element> nad(String qualifier) {
        return first("NAD", "E3035", qualifier);
    }

    public Optional<Party> party(String qualifier) {
        return nad(qualifier).map(NadParty::of);
    }

    /** UN/LOCODE or other place code (C517/3225) of the first LOC with this qualifier (3227). */
    public Optional<String> location(Element scope, String... qualifiers) {
        return first(scope, "LOC", "E3227", qualifiers).flatMap(loc -> Dom.text(loc, "C517/E3225"));
    }

    public Optional<String> location(String... qualifiers) {
        return location(body, qualifiers);
    }

    /** Date and time of the first DTM with one of these qualifiers (2005) below {@code scope}. */
    public Optional<LocalDateTime> dateTime(Element scope, String... qualifiers) {
        return first(scope, "DTM", "C507/E2005", qualifiers).map(this::dateTime);
    }

    public Optional<LocalDateTime> dateTime(String... qualifiers) {
        return dateTime(body, qualifiers);
    }

    /** DTM value as date and time; a value that does not fit its format is an error at the DTM. */
    public LocalDateTime dateTime(Element dtm) {
        String value = Dom.text(dtm, "C507/E2380").orElse(null);
        String format = Dom.text(dtm, "C507/E2379").orElse(null);
        return EdifactValues.dateTime(value, format).orElseThrow(() -> new MappingException(at(dtm, 1, 2),
                "'" + value + "' is not a date/time in format " + (format == null ? "102/203" : format)));
    }

    /** The main carriage's TDT (8051 = 20), else the first TDT. */
    public Optional<Element> mainCarriage() {
        return first("TDT", "E8051", "20").or(() -> all("TDT").stream().findFirst());
    }

    public Optional<String> vesselName() {
        return mainCarriage().flatMap(tdt -> Dom.text(tdt, "C222/E8212"));
    }

    public Optional<String> voyageNo() {
        return mainCarriage().flatMap(tdt -> Dom.text(tdt, "E8028"));
    }

    /** Carrier code: NAD+CA's identification, else the main carriage's carrier (C040/3127). */
    public Optional<String> carrierCode() {
        return nad("CA").flatMap(nad -> Dom.text(nad, "C082/E3039"))
                .or(() -> mainCarriage().flatMap(tdt -> Dom.text(tdt, "C040/E3127")));
    }

    /** The segment group a segment opens or sits in: its parent element, or the message for a top-level one. */
    public Element group(Element segment) {
        Node parent = segment.getParentNode();
        return parent instanceof Element element ? element : body;
    }

    /** Weight in kilograms from a MEA (KGM, TNE, LBR). */
    public BigDecimal kilograms(Element mea) {
        return Weights.kilograms(mea, segments, decimalMark);
    }

    public Optional<String> text(Element segment, String path) {
        return Dom.text(segment, path);
    }

    public EdiPosition at(Element segment) {
        return segments.at(segment);
    }

    public EdiPosition at(Element segment, int element, int component) {
        return segments.at(segment, element, component);
    }

    /** Position of the message's UNH, for what is missing altogether. */
    public EdiPosition atMessage() {
        Node message = body.getParentNode();
        Optional<Element> unh = message instanceof Element element ? Dom.child(element, "UNH") : Optional.empty();
        return unh.map(segments::at).orElseGet(() -> EdiPosition.segment(0, "UNH")
                .withReferences(header.controlReference(), messageRef));
    }
}

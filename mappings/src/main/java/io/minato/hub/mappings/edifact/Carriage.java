package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Transport details of an IFTMBC: the main carriage (SG3 with TDT 8051 = 20), its locations (SG4)
 * and the message-level locations (SG1), looked up main carriage first, because a carrier names
 * loading/discharge ports under the vessel and receipt/delivery places at message level.
 */
final class Carriage {

    static final String MAIN_CARRIAGE = "20";

    private final Element iftmbc;
    private final MessageSegments segments;
    private final Optional<Element> mainCarriage;

    Carriage(Element iftmbc, MessageSegments segments) {
        this.iftmbc = iftmbc;
        this.segments = segments;
        this.mainCarriage = Dom.children(iftmbc, "SegGrp-3").stream()
                .filter(group -> Dom.text(group, "TDT/E8051").filter(MAIN_CARRIAGE::equals).isPresent())
                .findFirst();
    }

    Optional<String> vesselName() {
        return mainCarriage.flatMap(group -> Dom.text(group, "TDT/C222/E8212"));
    }

    Optional<String> voyageNo() {
        return mainCarriage.flatMap(group -> Dom.text(group, "TDT/E8028"));
    }

    Optional<String> carrierCode() {
        return mainCarriage.flatMap(group -> Dom.text(group, "TDT/C040/E3127"));
    }

    /** UN/LOCODE (C517/3225) of the first LOC with this qualifier (3227). */
    Optional<String> location(String qualifier) {
        return locationGroups().stream()
                .filter(group -> Dom.text(group, "LOC/E3227").filter(qualifier::equals).isPresent())
                .findFirst()
                .flatMap(group -> Dom.text(group, "LOC/C517/E3225"));
    }

    /**
     * Date of the first DTM with this qualifier (2005): under the location with {@code locationQualifier}
     * first, then under the main carriage's TDT, then anywhere at message level or in SG1.
     */
    Optional<LocalDate> date(String qualifier, String locationQualifier) {
        List<Element> dtms = new ArrayList<>();
        for (Element group : locationGroups()) {
            if (locationQualifier != null && Dom.text(group, "LOC/E3227").filter(locationQualifier::equals).isPresent()) {
                dtms.addAll(Dom.children(group, "DTM"));
            }
        }
        mainCarriage.ifPresent(group -> dtms.addAll(Dom.children(group, "DTM")));
        dtms.addAll(Dom.children(iftmbc, "DTM"));
        for (Element group : locationGroups()) {
            dtms.addAll(Dom.children(group, "DTM"));
        }
        return dtms.stream()
                .filter(dtm -> Dom.text(dtm, "C507/E2005").filter(qualifier::equals).isPresent())
                .findFirst()
                .map(this::toDate);
    }

    private LocalDate toDate(Element dtm) {
        String value = Dom.text(dtm, "C507/E2380").orElse(null);
        String format = Dom.text(dtm, "C507/E2379").orElse(null);
        return EdifactValues.date(value, format).orElseThrow(() -> new MappingException(segments.at(dtm, 1, 2),
                "'" + value + "' is not a date in format " + (format == null ? "102/101" : format)));
    }

    /** SG4 of the main carriage, then SG1, then SG4 of the other carriages. */
    private List<Element> locationGroups() {
        List<Element> groups = new ArrayList<>();
        mainCarriage.ifPresent(group -> groups.addAll(Dom.children(group, "SegGrp-4")));
        groups.addAll(Dom.children(iftmbc, "SegGrp-1"));
        for (Element carriage : Dom.children(iftmbc, "SegGrp-3")) {
            if (mainCarriage.filter(main -> main == carriage).isEmpty()) {
                groups.addAll(Dom.children(carriage, "SegGrp-4"));
            }
        }
        return groups;
    }
}

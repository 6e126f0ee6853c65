package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * IFTSTA (international multimodal status report, from a carrier or forwarder) → one
 * {@code SHIPMENT_STATUS} event per status (STS) and container it names, in the deal of the
 * booking, else the B/L, else the container; never opens a deal.
 *
 * <p>A status sits in a consignment (CNI group, every directory) or, from D.01B on, also under an
 * equipment (EQD group at message level, e.g. D.16A SG4); its containers are the EQD groups inside
 * the status, else the equipment it sits under, else RFF+EQ. References, places and times are read
 * from the status first, then outwards (equipment, consignment, message). The status itself: C601
 * 9015 category, C555 code and text (4405/4404; D.95B names them 9011/9010), C556 reason; its time
 * DTM+334 (status event date/time), else the status's first DTM; its place the status's own LOC,
 * else the consignment's, else the message's.
 */
public final class IftstaMapper implements InboundMapper {

    private static final String STATUS_EVENT_TIME = "334";

    @Override
    public String messageType() {
        return "IFTSTA";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        SegmentScope scope = new SegmentScope(message);
        List<DealUpdate> updates = new ArrayList<>();
        for (Element sts : message.all("STS")) {
            updates.addAll(status(message, scope, sts));
        }
        return updates;
    }

    private static List<DealUpdate> status(MessageView message, SegmentScope scope, Element sts) {
        Element group = message.group(sts);
        Map<String, String> status = new LinkedHashMap<>();
        ContainerEvents.put(status, "statusCategory", message.text(sts, "C601/E9015").orElse(null));
        ContainerEvents.put(status, "statusCode", message.text(sts, "C555/E4405").or(() -> message.text(sts, "C555/E9011"))
                .orElse(null));
        ContainerEvents.put(status, "statusText", message.text(sts, "C555/E4404").or(() -> message.text(sts, "C555/E9010"))
                .orElse(null));
        ContainerEvents.put(status, "reasonCode", message.text(sts, "C556/E9013").orElse(null));
        ContainerEvents.put(status, "reasonText", message.text(sts, "C556/E9012").orElse(null));
        if (!status.containsKey("statusCategory") && !status.containsKey("statusCode")) {
            throw new MappingException(message.at(sts, 1, 1), "a status without category (C601) or status code (C555)");
        }
        consignment(message, scope, group).ifPresent(cni -> {
            ContainerEvents.put(status, "consignment", message.text(cni, "E1490").orElse(null));
            ContainerEvents.put(status, "consignmentDocument", message.text(cni, "C503/E1004").orElse(null));
        });
        LocalDateTime at = time(message, group);
        String location = location(message, scope, group);

        List<StatusSubject> subjects = subjects(message, scope, group);
        if (subjects.isEmpty()) {
            SubjectKey key = SubjectKey.of(message, scope, group, null, null).orElseThrow(() -> new MappingException(
                    message.at(sts), "no booking (RFF+BN with a carrier), B/L (RFF+BM) or container (EQD+CN, RFF+EQ)"
                            + " to find the deal of this status by"));
            return List.of(ContainerEvents.update(key, List.of(event(status, key, null, at, location, message.at(sts))),
                    List.of()));
        }
        List<DealUpdate> updates = new ArrayList<>();
        for (StatusSubject subject : subjects) {
            SubjectKey key = SubjectKey.of(message, scope, subject.scope(), subject.containerNo(), subject.segment())
                    .orElseThrow();
            DealEvent event = event(status, key, subject.containerNo(), at, location, message.at(sts));
            updates.add(ContainerEvents.update(key, List.of(event), List.of(subject.containerNo())));
        }
        return updates;
    }

    private static DealEvent event(Map<String, String> status, SubjectKey key, String containerNo, LocalDateTime at,
                                   String location, EdiPosition source) {
        Map<String, String> detail = new LinkedHashMap<>(status);
        ContainerEvents.put(detail, "bookingNo", key.bookingNo());
        ContainerEvents.put(detail, "blNo", key.blNo());
        return new DealEvent("SHIPMENT_STATUS", containerNo, at, location, detail, source);
    }

    /** A container a status names, the segment that names it, and where its references are looked up first. */
    private record StatusSubject(String containerNo, Element segment, Element scope) {
    }

    private static List<StatusSubject> subjects(MessageView message, SegmentScope scope, Element group) {
        List<StatusSubject> subjects = new ArrayList<>();
        for (Element eqd : message.all(group, "EQD")) {
            Element equipment = message.group(eqd);
            if (scope.outer(equipment) == group) {
                containerNo(message, eqd).ifPresent(no -> subjects.add(new StatusSubject(no, eqd, equipment)));
            }
        }
        if (!subjects.isEmpty()) {
            return subjects;
        }
        Element outer = scope.outer(group);
        Optional<Element> enclosingEqd = outer == null ? Optional.empty() : Dom.child(outer, "EQD");
        if (enclosingEqd.isPresent()) {
            containerNo(message, enclosingEqd.get())
                    .ifPresent(no -> subjects.add(new StatusSubject(no, enclosingEqd.get(), group)));
            return subjects;
        }
        scope.nearest(group, "RFF", "C506/E1153", "EQ").ifPresent(rff -> message.text(rff, "C506/E1154")
                .ifPresent(no -> subjects.add(new StatusSubject(no, rff, group))));
        return subjects;
    }

    private static Optional<String> containerNo(MessageView message, Element eqd) {
        return message.text(eqd, "E8053").filter("CN"::equals).flatMap(cn -> message.text(eqd, "C237/E8260"));
    }

    private static Optional<Element> consignment(MessageView message, SegmentScope scope, Element group) {
        return scope.chain(group).stream().map(level -> Dom.child(level, "CNI")).flatMap(Optional::stream).findFirst();
    }

    /** DTM+334 of the status, else its first DTM: the status group's own DTMs, not its transport's. */
    private static LocalDateTime time(MessageView message, Element group) {
        List<Element> dtms = Dom.children(group, "DTM");
        return dtms.stream()
                .filter(dtm -> message.text(dtm, "C507/E2005").filter(STATUS_EVENT_TIME::equals).isPresent())
                .findFirst()
                .or(() -> dtms.stream().findFirst())
                .map(message::dateTime)
                .orElse(null);
    }

    private static String location(MessageView message, SegmentScope scope, Element group) {
        for (Element level : scope.chain(group)) {
            Optional<String> place = Dom.children(level, "LOC").stream().findFirst()
                    .flatMap(loc -> message.text(loc, "C517/E3225"));
            if (place.isPresent()) {
                return place.get();
            }
        }
        return null;
    }
}

package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * CODECO (container gate-in/gate-out report, from a terminal or depot) → per container a
 * {@code CONTAINER_GATE_IN} or {@code CONTAINER_GATE_OUT} event and a UL080
 * {@link EquipmentInterchangeReceipt} in the deal of the container's booking, else its B/L, else
 * the deal that carries the container. Never opens a deal: a gate report for an unknown booking is
 * rejected by the store (and answered with an APERAK).
 *
 * <p>Followed: the UN/EDIFACT CODECO message definition (D.95B, D.16A: BGM 1001 says "gate-in
 * report" or "gate-out report") and the SMDG CODECO user manual (version 2.1, D.00B, August 2015)
 * with its samples: per EQD group the booking RFF+BN or B/L RFF+BM, the actual gate time DTM+7
 * (effective date/time), places as LOC with the terminal code in C519, the road leg as a TDT with
 * mode 3 (haulier in C040, licence plate in C222/8213), the line as NAD+CF (container operator).
 * 1001 codes 34 gate-in and 36 gate-out as container-message profiles commonly use them (the
 * corpus CODECO D.95B sends 34); the SMDG code table itself was not readable here, so this is an
 * assumption to confirm with each terminal. Decided here where the guides leave it open: the place
 * is LOC+165/175 of the container or message, else the vessel's port on this side (LOC+9 for a
 * gate-in, LOC+11 for a gate-out); DTM+203 (execution) counts when DTM+7 is absent. Other 1001
 * codes (e.g. 109/266 in SMDG's VGM samples) are rejected at the BGM rather than guessed.
 */
public final class CodecoMapper implements InboundMapper {

    static final Map<String, String> MOVEMENTS = Map.of("34", "GATE_IN", "36", "GATE_OUT");
    private static final String[] GATE_TIME = {"7", "203"};
    private static final String[] PLACE = {"165", "175"};
    private static final String ROAD = "3";

    @Override
    public String messageType() {
        return "CODECO";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        String movement = ContainerEvents.documentCode(message, MOVEMENTS, "a gate-in (34) or gate-out (36) report");
        Element bgm = ContainerEvents.bgm(message);
        String reportNo = message.text(bgm, "C106/E1004").or(() -> message.text(bgm, "E1004")).orElse(null);
        SegmentScope scope = new SegmentScope(message);
        List<Element> eqds = Equipment.containerSegments(message);
        if (eqds.isEmpty()) {
            throw new MappingException(message.at(bgm), "a gate report without any container (EQD+CN with a number)");
        }
        List<DealUpdate> updates = new ArrayList<>();
        for (Element eqd : eqds) {
            updates.add(gateMove(message, scope, eqd, movement, reportNo));
        }
        return updates;
    }

    private static DealUpdate gateMove(MessageView message, SegmentScope scope, Element eqd, String movement,
                                       String reportNo) {
        Element group = message.group(eqd);
        ContainerLine container = Equipment.line(message, eqd);
        SubjectKey key = SubjectKey.of(message, scope, group, container.containerNo(), eqd).orElseThrow();
        LocalDateTime at = scope.dateTime(group, GATE_TIME).or(() -> scope.dateTime(message.body(), GATE_TIME))
                .orElse(null);
        Optional<Element> place = place(message, scope, group, movement);
        String location = place.flatMap(loc -> message.text(loc, "C517/E3225")).orElse(null);
        String terminal = place.flatMap(loc -> message.text(loc, "C519/E3223").or(() -> message.text(loc, "C519/E3222")))
                .or(() -> message.nad("TR").flatMap(nad -> message.text(nad, "C082/E3039")))
                .orElse(null);
        Optional<Element> road = scope.nearest(group, "TDT", "C220/E8067", ROAD);
        String haulier = road.flatMap(tdt -> message.text(tdt, "C040/E3127")
                .or(() -> message.text(tdt, "C040/E3128")).or(() -> message.text(tdt, "C040/E3126"))).orElse(null);
        String truckNo = road.flatMap(tdt -> message.text(tdt, "C222/E8213")).orElse(null);
        String carrier = SubjectKey.carrierCode(message).orElse(null);

        EquipmentInterchangeReceipt eir = new EquipmentInterchangeReceipt(container.containerNo(), container.sizeType(),
                container.fullEmpty(), container.seals(), container.grossWeightKg(), movement, at, location, terminal,
                key.bookingNo(), key.blNo(), carrier, haulier, truckNo, reportNo);
        Map<String, String> detail = ContainerEvents.detail(container, key);
        ContainerEvents.put(detail, "terminal", terminal);
        ContainerEvents.put(detail, "haulier", haulier);
        ContainerEvents.put(detail, "truckNo", truckNo);
        DealEvent event = new DealEvent("CONTAINER_" + movement, container.containerNo(), at, location, detail,
                message.at(eqd));
        return new DealUpdate(key.key(), false, DocumentType.UL080, eir, container.containerNo() + " " + movement,
                List.of(event), List.of(container.containerNo()), key.source());
    }

    /** LOC+165/175 of the container or the message, else the vessel's port on this side of the voyage. */
    private static Optional<Element> place(MessageView message, SegmentScope scope, Element group, String movement) {
        Optional<Element> named = scope.nearest(group, "LOC", "E3227", PLACE);
        if (named.isPresent()) {
            return named;
        }
        String[] port = "GATE_IN".equals(movement) ? new String[] {"9", "11"} : new String[] {"11", "9"};
        for (String qualifier : port) {
            Optional<Element> loc = scope.own(message.body(), "LOC", "E3227", qualifier);
            if (loc.isPresent()) {
                return loc;
            }
        }
        return Optional.empty();
    }
}

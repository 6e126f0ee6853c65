package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.support.MappingException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * COARRI (container discharge/loading report, from a terminal) → per container a
 * {@code CONTAINER_DISCHARGED} or {@code CONTAINER_LOADED} event in the deal of its booking, else
 * its B/L, else the deal that carries the container; never opens a deal.
 *
 * <p>Followed: the UN/EDIFACT COARRI definition (BGM 1001 "loading report" / "discharge report";
 * main carriage TDT with vessel and voyage) and the SMDG COARRI user manual (1.2, D.95B, 1996, and
 * 2.0, D.00B, 2003): per EQD group the execution time DTM+203 ("container discharge date time"),
 * the stowage cell LOC+147 (bay-row-tier), RFF+BN/BM; the vessel's port in the main carriage's
 * LOC+9 (loading) or LOC+11 (discharge) with the terminal in C519. BGM codes: 44 discharge and 46
 * loading as the Italian ITG13 profile sends them (corpus {@code D95BCOARRI.edi}: the 44 message
 * has LOC+11 at the reporting port, the 46 one LOC+9); 98 discharge and 270 loading as SMDG's D.00B
 * guide is cited for them — an assumption, the guide's code table was not readable here. Any other
 * code is rejected at the BGM.
 */
public final class CoarriMapper implements InboundMapper {

    static final Map<String, String> MOVES = Map.of("44", "DISCHARGED", "98", "DISCHARGED", "46", "LOADED", "270", "LOADED");
    private static final String[] HANDLING_TIME = {"203", "7"};

    @Override
    public String messageType() {
        return "COARRI";
    }

    @Override
    public List<DealUpdate> map(MessageView message) {
        String move = ContainerEvents.documentCode(message, MOVES,
                "a discharge (44, 98) or loading (46, 270) report");
        SegmentScope scope = new SegmentScope(message);
        List<Element> eqds = Equipment.containerSegments(message);
        if (eqds.isEmpty()) {
            throw new MappingException(message.at(ContainerEvents.bgm(message)),
                    "a discharge/loading report without any container (EQD+CN with a number)");
        }
        String portQualifier = "DISCHARGED".equals(move) ? "11" : "9";
        Optional<Element> port = message.mainCarriage().map(message::group)
                .flatMap(carriage -> message.first(carriage, "LOC", "E3227", portQualifier));
        List<DealUpdate> updates = new ArrayList<>();
        for (Element eqd : eqds) {
            updates.add(handled(message, scope, eqd, move, port, portQualifier));
        }
        return updates;
    }

    private static DealUpdate handled(MessageView message, SegmentScope scope, Element eqd, String move,
                                      Optional<Element> vesselPort, String portQualifier) {
        Element group = message.group(eqd);
        ContainerLine container = Equipment.line(message, eqd);
        SubjectKey key = SubjectKey.of(message, scope, group, container.containerNo(), eqd).orElseThrow();
        LocalDateTime at = scope.dateTime(group, HANDLING_TIME).orElse(null);
        Optional<Element> port = vesselPort.or(() -> scope.own(group, "LOC", "E3227", portQualifier));
        String location = port.flatMap(loc -> message.text(loc, "C517/E3225")).orElse(null);

        Map<String, String> detail = ContainerEvents.detail(container, key);
        ContainerEvents.put(detail, "vesselName", message.vesselName().orElse(null));
        ContainerEvents.put(detail, "voyageNo", message.voyageNo().orElse(null));
        ContainerEvents.put(detail, "terminal", port.flatMap(loc -> message.text(loc, "C519/E3223")).orElse(null));
        ContainerEvents.put(detail, "stowagePosition", scope.own(group, "LOC", "E3227", "147")
                .flatMap(loc -> message.text(loc, "C517/E3225")).orElse(null));
        DealEvent event = new DealEvent("CONTAINER_" + move, container.containerNo(), at, location, detail,
                message.at(eqd));
        return ContainerEvents.update(key, List.of(event), List.of(container.containerNo()));
    }
}

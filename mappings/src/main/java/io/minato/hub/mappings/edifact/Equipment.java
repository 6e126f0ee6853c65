package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.document.ContainerLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Containers from EQD+CN segment groups, the same in every message type and directory: number
 * (C237/8260), size-type (C224/8155), full/empty (8169), and from the EQD's group its seals (SEL
 * 9308) and gross weight (MEA+AAE with G/AAB/WT, or VGM).
 */
public final class Equipment {

    /** 8169 full/empty indicator: 4 empty, 5 full (1–3 are part loads, still full). */
    private static final Set<String> FULL = Set.of("1", "2", "3", "5");
    private static final Set<String> GROSS_WEIGHT = Set.of("G", "AAB", "WT", "VGM");

    private Equipment() {
    }

    /** Every EQD+CN with a container number, in input order. */
    public static List<ContainerLine> containers(MessageView message) {
        List<ContainerLine> containers = new ArrayList<>();
        for (Element eqd : containerSegments(message)) {
            containers.add(line(message, eqd));
        }
        return containers;
    }

    /** The EQD+CN segments that carry a container number. */
    public static List<Element> containerSegments(MessageView message) {
        return message.all("EQD").stream()
                .filter(eqd -> message.text(eqd, "E8053").filter("CN"::equals).isPresent())
                .filter(eqd -> message.text(eqd, "C237/E8260").isPresent())
                .toList();
    }

    public static ContainerLine line(MessageView message, Element eqd) {
        Element group = message.group(eqd);
        List<String> seals = message.all(group, "SEL").stream()
                .map(sel -> message.text(sel, "E9308"))
                .flatMap(Optional::stream)
                .toList();
        BigDecimal weight = message.all(group, "MEA").stream()
                .filter(mea -> message.text(mea, "C502/E6313").filter(GROSS_WEIGHT::contains).isPresent())
                .filter(mea -> message.text(mea, "C174/E6314").isPresent())
                .findFirst()
                .map(message::kilograms)
                .orElse(null);
        return new ContainerLine(
                message.text(eqd, "C237/E8260").orElseThrow(),
                message.text(eqd, "C224/E8155").orElse(null),
                message.text(eqd, "E8169").map(code -> FULL.contains(code) ? "FULL" : "4".equals(code) ? "EMPTY" : null)
                        .orElse(null),
                seals,
                weight);
    }
}

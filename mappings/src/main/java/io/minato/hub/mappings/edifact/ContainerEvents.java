package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealEvent;
import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.deal.DealUpdate;
import io.minato.hub.mappings.document.ContainerLine;
import io.minato.hub.mappings.support.MappingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.w3c.dom.Element;

/** Pieces CODECO, COARRI and IFTSTA mappers share: the BGM, event details, find-only updates. */
final class ContainerEvents {

    private ContainerEvents() {
    }

    static Element bgm(MessageView message) {
        return message.all("BGM").stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "message " + message.messageRef() + " without BGM: the envelope check let through what it should not"));
    }

    /** BGM 1001 mapped through {@code codes}; an unknown code rejects the message at the BGM. */
    static String documentCode(MessageView message, Map<String, String> codes, String what) {
        Element bgm = bgm(message);
        Optional<String> code = message.text(bgm, "C002/E1001");
        String mapped = code.map(codes::get).orElse(null);
        if (mapped == null) {
            throw new MappingException(message.at(bgm, 1, 1),
                    "document name code " + code.map(c -> "'" + c + "'").orElse("(none)") + " is not " + what
                            + " (expected one of " + String.join(", ", new TreeSet<>(codes.keySet())) + ")");
        }
        return mapped;
    }

    /** Event details for one container; blank values left out, so the map holds only what was sent. */
    static Map<String, String> detail(ContainerLine container, SubjectKey key) {
        Map<String, String> detail = new LinkedHashMap<>();
        put(detail, "sizeType", container.sizeType());
        put(detail, "fullEmpty", container.fullEmpty());
        put(detail, "seals", container.seals().isEmpty() ? null : String.join(",", container.seals()));
        put(detail, "grossWeightKg", container.grossWeightKg() == null ? null : container.grossWeightKg().toPlainString());
        put(detail, "bookingNo", key.bookingNo());
        put(detail, "blNo", key.blNo());
        return detail;
    }

    static void put(Map<String, String> detail, String name, String value) {
        if (value != null && !value.isBlank()) {
            detail.put(name, value);
        }
    }

    /**
     * Events for a deal that must exist already; the containers are recorded on the deal unless
     * the key is a container, which the deal carries already.
     */
    static DealUpdate update(SubjectKey key, List<DealEvent> events, List<String> containerNos) {
        List<String> carried = key.key() instanceof DealKey.Container ? List.of() : containerNos;
        return new DealUpdate(key.key(), false, null, null, null, events, carried, key.source());
    }
}

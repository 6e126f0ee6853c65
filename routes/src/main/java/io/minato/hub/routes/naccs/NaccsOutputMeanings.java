package io.minato.hub.routes.naccs;

import io.minato.hub.mappings.naccs.output.CustomsUpdate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The business meaning of the output information codes the hub understands: which thing an output
 * is about (a declaration, a cargo, a container, a vessel, by which key item) and which of its items
 * are facts to keep about it. Today these are the NACCS simulator's codes (config/naccs/layouts,
 * "simulator" in their @source); the official codes join here once their layouts are licensed.
 * Outputs not listed are kept, shown on the timeline with their items, and change no state.
 */
final class NaccsOutputMeanings {

    /** What a code is about: subject kind, the item naming it, the items that are facts. */
    record Meaning(String subjectKind, String keyItem, List<String> facts) {
    }

    static final String DECLARATION = "DECLARATION";
    static final String CARGO = "CARGO";
    static final String CONTAINER = "CONTAINER";
    static final String VESSEL = "VESSEL";

    /** Outputs of these businesses concern the NACCS user, not a deal (retrieval, connection test). */
    static final Set<String> DEAL_LESS_BUSINESSES = Set.of("SYG", "TCC");

    private static final Map<String, Meaning> MEANINGS = Map.of(
            // export declaration accepted, under review (EDA/EDC)
            "SAD0010", new Meaning(DECLARATION, "declarationNumber", List.of("declarationStatus", "exportControlNumber")),
            // 輸出許可通知: the permit, later, to the declarant (EXZ)
            "SAD0020", new Meaning(DECLARATION, "declarationNumber", List.of("declarationStatus", "permittedAt")),
            // IEX/IID declaration status inquiry
            "SIE0010", new Meaning(DECLARATION, "declarationNumber", List.of("declarationStatus")),
            // ICG cargo information inquiry
            "SIC0010", new Meaning(CARGO, "exportControlNumber", List.of("cargoStatus", "declarationNumber")),
            // ICN container inquiry
            "SIN0010", new Meaning(CONTAINER, "containerNumber",
                    List.of("cargoStatus", "exportControlNumber", "declarationNumber")),
            // IVK vessel inquiry
            "SIV0010", new Meaning(VESSEL, "vesselCode", List.of("vesselName")));

    private NaccsOutputMeanings() {
    }

    static Optional<Meaning> of(String outputInfoCode) {
        return Optional.ofNullable(MEANINGS.get(outputInfoCode.strip()));
    }

    /** The state update an output carries, as of its reception date-time; empty if it carries none. */
    static Optional<CustomsUpdate> update(String outputInfoCode, Map<String, String> items, LocalDateTime receivedAt) {
        return of(outputInfoCode).filter(meaning -> items.get(meaning.keyItem()) != null).map(meaning -> {
            Map<String, String> facts = new LinkedHashMap<>();
            meaning.facts().forEach(fact -> {
                if (items.get(fact) != null) {
                    facts.put(fact, items.get(fact));
                }
            });
            return new CustomsUpdate(meaning.subjectKind() + ":" + items.get(meaning.keyItem()), facts, receivedAt);
        });
    }
}

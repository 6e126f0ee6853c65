package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL040;
import static io.minato.hub.mappings.document.DocumentType.UL050;
import static io.minato.hub.mappings.document.DocumentType.UL080;
import static io.minato.hub.mappings.document.DocumentType.UL150;
import static io.minato.hub.mappings.document.DocumentType.UL160;
import static io.minato.hub.mappings.document.DocumentType.UL290;
import static io.minato.hub.mappings.document.DocumentType.UL440;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.key;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import java.util.List;

/**
 * CYA (CY搬入確認登録) and CYO (CY搬出確認登録): a terminal confirms containers in or out of its CY. The
 * deal's EIR (UL080) of the matching gate movement gives the CY, the date and the container as found at the
 * gate; without one, CYA takes the export containers (S/I, VGM) and CYO the import ones (A/N, B/L).
 */
public final class CyPrefill implements NaccsPrefill {

    /** NACCS bonded-area code: an EIR's terminal is only used when it is one, not a terminal name. */
    private static final String BONDED_AREA_CODE = "[0-9A-Z]{5}";

    private final boolean carryIn;

    private CyPrefill(boolean carryIn) {
        this.carryIn = carryIn;
    }

    public static CyPrefill cya() {
        return new CyPrefill(true);
    }

    public static CyPrefill cyo() {
        return new CyPrefill(false);
    }

    @Override
    public String businessCode() {
        return carryIn ? "CYA" : "CYO";
    }

    @Override
    public List<DocumentType> feeds() {
        return carryIn ? List.of(UL080, UL040, UL440, UL050) : List.of(UL080, UL290, UL150, UL160);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode(), documents);
        SourceDocument eir = builder.document(UL080)
                .filter(receipt -> receipt.fields().path("movement").asText().equals(carryIn ? "GATE_IN" : "GATE_OUT"))
                .orElse(null);
        if (eir != null) {
            gate(builder, eir);
        } else if (carryIn) {
            builder.document(UL040).ifPresent(si -> {
                List<String> containers = Containers.ofShippingInstruction(si);
                for (int i = 0; i < containers.size(); i++) {
                    builder.put(key("containerNumber", i + 1), containers.get(i), si.at("/goods/*/containerNumbers"));
                }
            });
            if (!builder.filled(key("containerNumber", 1))) {
                Containers.each(builder, "containerNumber", "/containerNo", field(UL440, "/containers"));
            }
            // without a gate receipt the VGM is the best word on each container's size, seal and weight
            for (int repeat = 1; builder.filled(key("containerNumber", repeat)); repeat++) {
                Vanning.fromVgm(builder, builder.value(key("containerNumber", repeat)),
                        key("containerSizeType", repeat), key("sealNumber", repeat), key("grossWeight", repeat));
            }
        } else {
            Containers.each(builder, "containerNumber", "/containerNo", IdaPrefill.transport("/containers"));
            Containers.each(builder, "sealNumber", "/seals/0", IdaPrefill.transport("/containers"));
            Containers.first(builder, IdaPrefill.transport("/containers")).ifPresent(listed -> {
                for (int i = 0; i < listed.node().size(); i++) {
                    builder.put(key("fullEmpty", i + 1), fullEmpty(listed.node().get(i).path("fullEmpty")),
                            listed.document().at(listed.pointer() + "/" + i + "/fullEmpty"));
                }
            });
        }
        if (carryIn) {
            builder.text("bookingNumber", DealFields.of(DealFields.BOOKING_NUMBER));
            builder.text("voyageNumber", field(UL050, "/voyageNo"), field(UL040, "/voyageNo"));
        } else {
            builder.text("billOfLadingNumber", DealFields.of(DealFields.BILL_OF_LADING_NUMBER));
        }
        return builder.build(layoutItems);
    }

    private void gate(PrefillBuilder builder, SourceDocument eir) {
        builder.fill("bondedAreaCode", node -> {
            String terminal = PrefillBuilder.text(node);
            return terminal != null && terminal.matches(BONDED_AREA_CODE) ? terminal : null;
        }, field(UL080, "/terminal"));
        builder.date(carryIn ? "carryInDate" : "carryOutDate", field(UL080, "/occurredAt"));
        builder.text(key("containerNumber", 1), field(UL080, "/containerNo"));
        builder.put(key("fullEmpty", 1), fullEmpty(eir.fields().path("fullEmpty")), eir.at("/fullEmpty"));
        builder.text(key("sealNumber", 1), field(UL080, "/seals/0"));
        if (carryIn) {
            builder.text(key("containerSizeType", 1), field(UL080, "/sizeType"));
            builder.fill(key("grossWeight", 1), PrefillBuilder::number, field(UL080, "/grossWeightKg"));
        } else {
            builder.text("billOfLadingNumber", field(UL080, "/blNo"));
        }
    }

    /** NACCS writes F or E where documents write FULL or EMPTY. */
    private static String fullEmpty(JsonNode node) {
        return switch (node.asText()) {
            case "FULL" -> "F";
            case "EMPTY" -> "E";
            default -> null;
        };
    }
}

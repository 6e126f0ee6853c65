package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL150;
import static io.minato.hub.mappings.document.DocumentType.UL160;
import static io.minato.hub.mappings.document.DocumentType.UL290;
import static io.minato.hub.mappings.naccs.IdaPrefill.transport;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.key;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.PrefillBuilder;
import java.util.List;

/**
 * OLA (保税運送申告事項登録) and OLC (保税運送申告): moving arrived import cargo in bond, e.g. from the CY to a
 * bonded warehouse. The arrival notice (UL290), else the B/L (UL150/UL160), gives the vessel, the B/L and
 * its cargo and containers; where the cargo goes and who carries it are the user's.
 */
public final class BondedTransportPrefill implements NaccsPrefill {

    private final String businessCode;

    private BondedTransportPrefill(String businessCode) {
        this.businessCode = businessCode;
    }

    public static BondedTransportPrefill ola() {
        return new BondedTransportPrefill("OLA");
    }

    public static BondedTransportPrefill olc() {
        return new BondedTransportPrefill("OLC");
    }

    @Override
    public String businessCode() {
        return businessCode;
    }

    @Override
    public List<DocumentType> feeds() {
        return List.of(UL290, UL150, UL160);
    }

    @Override
    public Prefill prefill(DealDocuments documents, List<String> layoutItems) {
        PrefillBuilder builder = new PrefillBuilder(businessCode, documents);
        builder.text("vesselName", transport("/vesselName"));
        builder.date("arrivalDate", field(UL290, "/estimatedArrival"));
        // one deal is one B/L: the first repetition of the per-B/L group
        builder.text(key("billOfLadingNumber", 1), DealFields.of(DealFields.BILL_OF_LADING_NUMBER));
        builder.fill(key("packages", 1), PrefillBuilder::number, transport("/packages"));
        builder.fill(key("grossWeight", 1), PrefillBuilder::number, transport("/grossWeightKg"));
        builder.text(key("goodsDescription", 1), transport("/cargoDescription"));
        Containers.each(builder, "containerNumber", "/containerNo", transport("/containers"));
        return builder.build(layoutItems);
    }
}

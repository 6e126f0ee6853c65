package io.minato.hub.app.party;

import io.minato.hub.mappings.party.BusinessType;
import java.util.List;

/** An organization as the parties table holds it. */
record PartyRow(long id, String code, String name, List<BusinessType> businessTypes) {

    PartyRow {
        businessTypes = businessTypes == null ? List.of() : List.copyOf(businessTypes);
    }
}

package io.minato.hub.app.party;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.minato.hub.mappings.party.PartyIdentifier;
import java.util.List;

/** A party with everything it is recognised by. */
record PartyView(@JsonUnwrapped PartyRow party, List<PartyIdentifier> identifiers, List<RegisteredName> names) {
}

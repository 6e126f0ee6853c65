package io.minato.hub.app.party;

import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.PartyIdentifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Parties a deployer lists in {@code config/parties/parties.yml}. A party is written to the database
 * at start-up, with its identifiers and names, when its code is absent; from then on the database
 * (edited through {@code /api/v1/parties}) holds it and the file is not read for it again.
 */
@Validated
@ConfigurationProperties("minato.party-seed")
record PartySeed(List<@Valid SeededParty> parties) {

    PartySeed {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** One organization and what messages call it. */
    record SeededParty(@NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,35}") String code,
                       @NotBlank @Size(max = 140) String name,
                       List<@NotNull BusinessType> businessTypes,
                       List<@Valid PartyIdentifier> identifiers,
                       List<@Valid SeededName> names) {

        SeededParty {
            businessTypes = businessTypes == null ? List.of() : List.copyOf(businessTypes);
            identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
            names = names == null ? List.of() : List.copyOf(names);
        }
    }

    /** A name with its city or postcode; no address for "anywhere". */
    record SeededName(@NotBlank String name, String address) {
    }
}

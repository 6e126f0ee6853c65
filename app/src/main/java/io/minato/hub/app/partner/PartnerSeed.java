package io.minato.hub.app.partner;

import io.minato.hub.mappings.partner.PartnerProfile;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Partners a deployer lists in {@code config/partners/partners.yml}. They are written to the
 * database at start-up when absent; from then on the database (edited through the API) holds them.
 */
@Validated
@ConfigurationProperties("minato.partner-seed")
record PartnerSeed(List<@Valid PartnerProfile> partners) {

    PartnerSeed {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}

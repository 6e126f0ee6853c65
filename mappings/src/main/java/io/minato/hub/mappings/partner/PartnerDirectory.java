package io.minato.hub.mappings.partner;

import java.util.List;
import java.util.Optional;

/** Finds a partner by what its interchanges say of it, by its code, or by its channel. */
public interface PartnerDirectory {

    /**
     * The partner with this UNB identification; an empty or unknown qualifier matches a partner
     * registered with that id alone.
     */
    Optional<PartnerProfile> findByEdiId(String ediId, String qualifier);

    Optional<PartnerProfile> find(String code);

    List<PartnerProfile> findByChannel(PartnerChannel channel);
}

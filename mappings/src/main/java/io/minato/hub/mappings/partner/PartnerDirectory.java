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

    /** The partner registered under our short name for it, e.g. {@code INTTRA}. */
    Optional<PartnerProfile> findByCode(String code);

    /** The partners that exchange interchanges over {@code channel}, e.g. every SFTP partner to poll. */
    List<PartnerProfile> findByChannel(PartnerChannel channel);
}

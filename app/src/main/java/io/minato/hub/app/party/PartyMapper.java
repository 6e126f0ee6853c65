package io.minato.hub.app.party;

import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.NameKey;
import io.minato.hub.mappings.party.PartyIdentifier;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PartyMapper {

    /**
     * Parties whose code is {@code code}, whose name contains {@code namePattern}, whose name keys
     * contain {@code keyPattern} or that have an identifier with value {@code code}; all when null.
     */
    List<PartyRow> search(@Param("code") String code, @Param("namePattern") String namePattern,
                          @Param("keyPattern") String keyPattern, @Param("businessType") BusinessType businessType,
                          @Param("limit") int limit);

    Optional<PartyRow> find(String code);

    /** Inserts or replaces name and business types; true when the party is new. */
    boolean upsert(@Param("code") String code, @Param("name") String name,
                   @Param("businessTypes") List<BusinessType> businessTypes);

    /** Inserts unless a party with that code exists; answers rows inserted. */
    int insertIfAbsent(@Param("code") String code, @Param("name") String name,
                       @Param("businessTypes") List<BusinessType> businessTypes);

    List<PartyIdentifier> identifiers(long partyId);

    List<RegisteredName> names(long partyId);

    Optional<PartyRow> findByIdentifier(@Param("scheme") String scheme, @Param("value") String value);

    /** Inserts unless the identifier exists (for this or another party); answers rows inserted. */
    int insertIdentifier(@Param("partyId") long partyId, @Param("scheme") String scheme, @Param("value") String value);

    int deleteIdentifier(@Param("partyId") long partyId, @Param("scheme") String scheme, @Param("value") String value);

    /** Parties registered under any of these keys, with the key each matched. */
    List<NameMatch> findByNameKeys(@Param("keys") List<NameKey> keys);

    Optional<PartyRow> findByNameKey(@Param("nameKey") String nameKey, @Param("addressKey") String addressKey);

    /** Inserts unless the key exists (for this or another party); answers rows inserted. */
    int insertName(@Param("partyId") long partyId, @Param("name") String name, @Param("address") String address,
                   @Param("nameKey") String nameKey, @Param("addressKey") String addressKey);

    int deleteName(@Param("partyId") long partyId, @Param("nameKey") String nameKey,
                   @Param("addressKey") String addressKey);
}
